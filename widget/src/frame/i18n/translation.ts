// The active UI language as components use it: its strings, its direction, and Intl formatting for numbers and
// times. The visitor-facing sentence for each error code is in later/error-text.ts.
import { en, type UiStrings } from './en.ts';
import { pickUiLanguage, textDirection, type UiLanguage } from './ui-language.ts';

export interface Translation {
  language: UiLanguage;
  dir: 'ltr' | 'rtl';
  strings: UiStrings;
  /** Fills `{name}` style placeholders; numbers are formatted the way the language writes them. */
  fill(template: string, values: Record<string, string | number>): string;
  /** For Intl: the shopper's own locale when it is this UI language (en-GB keeps its 24-hour clock), then it. */
  locales: readonly string[];
  /** A message's time of day, e.g. "14:05" or "2:05 PM", as the shopper's locale writes it. */
  time(iso: string): string;
}

/** The shopper's own locale when Intl accepts it and it is the UI language (so en-GB keeps its 24-hour clock). */
function intlLocales(language: UiLanguage, locale: string | undefined): string[] {
  if (!locale || pickUiLanguage(locale) !== language) return [language];
  try {
    return [...Intl.getCanonicalLocales(locale.replace(/_/g, '-')), language];
  } catch {
    return [language]; // Intl throws RangeError on a malformed tag; the language alone is always valid.
  }
}

export function createTranslation(language: UiLanguage, strings: UiStrings, locale?: string): Translation {
  const locales = intlLocales(language, locale);
  const numbers = new Intl.NumberFormat(locales);
  const times = new Intl.DateTimeFormat(locales, { hour: 'numeric', minute: '2-digit' });
  return {
    language,
    dir: textDirection(language),
    strings,
    locales,
    fill: (template, values) =>
      template.replace(/\{(\w+)\}/g, (_, key: string) => {
        const value = values[key];
        return typeof value === 'number' ? numbers.format(value) : (value ?? '');
      }),
    time(iso) {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? '' : times.format(date);
    },
  };
}

export const english: Translation = createTranslation('en', en);
