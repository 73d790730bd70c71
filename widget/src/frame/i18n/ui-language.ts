// Which of the chat's UI languages a shopper gets for a BCP 47 locale (browser, data-locale or setLocale), and
// which way that language's text runs.
import { parseLocale } from '@parley/shared';

/** Every language the chat UI is written in; `en` is inline, the others are loaded on demand. */
export const UI_LANGUAGES = [
  'en',
  'th',
  'vi',
  'id',
  'ms',
  'fil',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'ja',
  'ko',
  'zh-Hans',
  'zh-Hant',
  'ar',
  'he',
  'ru',
  'tr',
  'pl',
  'nl',
  'hi',
] as const;

export type UiLanguage = (typeof UI_LANGUAGES)[number];

const RTL: readonly string[] = ['ar', 'he'];

/** The UI language for a locale, or English when the chat is not written in it. */
export function pickUiLanguage(locale: string | undefined): UiLanguage {
  const parsed = parseLocale(locale);
  if (!parsed) return 'en';
  // parseLocale already maps fil/tgl to tl, iw to he, in to id, and zh-TW/HK/MO to the Hant script.
  const { language, script } = parsed;
  const code = language === 'tl' ? 'fil' : language === 'zh' ? `zh-${script ?? 'Hans'}` : language;
  return (UI_LANGUAGES as readonly string[]).includes(code) ? (code as UiLanguage) : 'en';
}

export const textDirection = (language: UiLanguage): 'rtl' | 'ltr' =>
  RTL.includes(language) ? 'rtl' : 'ltr';
