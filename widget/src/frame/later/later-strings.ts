// The strings of the on-demand parts in the shopper's language: fetched with them, from
// /frame/i18n/<keys>/later/<language>.json, values in enLater's key order (as load-translation.ts does for the rest).
import { useEffect, useState } from 'preact/hooks';
import type { UiStrings } from '../i18n/en.ts';
import type { Translation } from '../i18n/translation.ts';
import { enLater, type LaterStrings } from './en-later.ts';

export type LaterTranslation = Omit<Translation, 'strings'> & { strings: UiStrings & LaterStrings };

const LATER_KEYS = Object.keys(enLater) as (keyof LaterStrings)[];

export type FetchLaterStrings = (language: string) => Promise<unknown>;

const fetchLaterStrings: FetchLaterStrings = async (language) => {
  const response = await fetch(
    `${import.meta.env.BASE_URL}i18n/${__PARLEY_UI_STRINGS__}/later/${language}.json`,
  );
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
};

/** Never rejects: what fails to load is shown in English, like the rest of the chat. */
export async function loadLaterStrings(
  t: Translation,
  load: FetchLaterStrings = fetchLaterStrings,
): Promise<LaterTranslation> {
  const strings = { ...enLater };
  if (t.language !== 'en') {
    try {
      const values = await load(t.language);
      if (Array.isArray(values)) {
        LATER_KEYS.forEach((key, index) => {
          if (typeof values[index] === 'string') strings[key] = values[index];
        });
      }
    } catch (error) {
      console.warn(`Parley: the ${t.language} strings for this part of the chat did not load.`, error);
    }
  }
  return { ...t, strings: { ...t.strings, ...strings } };
}

const cache = new Map<Translation, Promise<LaterTranslation>>();

/** The translation with the later strings once they are here; undefined before, so no English flashes. */
export function useLaterTranslation(t: Translation): LaterTranslation | undefined {
  const [later, setLater] = useState<LaterTranslation>();
  useEffect(() => {
    let current = true;
    let loading = cache.get(t);
    if (!loading) {
      loading = loadLaterStrings(t);
      cache.set(t, loading);
    }
    void loading.then((loaded) => current && setLater(loaded));
    return () => {
      current = false;
    };
  }, [t]);
  return later?.language === t.language ? later : undefined;
}
