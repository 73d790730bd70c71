// Loads the shopper's UI language on demand: the frame build writes each language to
// /frame/i18n/<keys>/<language>.json, so a shopper downloads only theirs (DESIGN: open chat ≤ 30 kB gzip).
// English is inline: it is what they get when that file cannot load, and it fills any value the file lacks.
import { en, type UiStrings } from './en.ts';
import { createTranslation, type Translation } from './translation.ts';
import { pickUiLanguage, type UiLanguage } from './ui-language.ts';

/** A language's strings as the build writes them: values only, in the order of en's keys (keys cost ~250 B gzip). */
export type FetchStrings = (language: Exclude<UiLanguage, 'en'>) => Promise<unknown>;

export const UI_KEYS = Object.keys(en) as (keyof UiStrings)[];

/** Relative to the frame's page, so the strings come from the relay that served the frame. */
export const fetchStrings: FetchStrings = async (language) => {
  const response = await fetch(`${import.meta.env.BASE_URL}i18n/${__PARLEY_UI_STRINGS__}/${language}.json`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
};

/** Never rejects: strings that fail to load (offline, blocked) leave the chat working in English. */
export async function loadTranslation(
  locale: string | undefined,
  load: FetchStrings = fetchStrings,
): Promise<Translation> {
  const language = pickUiLanguage(locale);
  if (language === 'en') return createTranslation('en', en, locale);
  try {
    const values = await load(language);
    if (!Array.isArray(values)) throw new Error('not a list of strings');
    const strings = { ...en };
    UI_KEYS.forEach((key, index) => {
      if (typeof values[index] === 'string') strings[key] = values[index];
    });
    return createTranslation(language, strings, locale);
  } catch (error) {
    console.warn(`Parley: the ${language} chat strings did not load, so the chat is in English.`, error);
    return createTranslation('en', en, locale);
  }
}
