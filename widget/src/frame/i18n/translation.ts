// The active UI language as components use it: its strings, its direction, and Intl formatting for numbers and
// times, plus the visitor-facing sentence for each error code the relay can answer with.
import { type ErrorBody, type ErrorCode, MAX_MESSAGE_LENGTH } from '@parley/shared';
import { en, type UiStrings } from './en.ts';
import { pickUiLanguage, textDirection, type UiLanguage } from './ui-language.ts';

export interface Translation {
  language: UiLanguage;
  dir: 'ltr' | 'rtl';
  strings: UiStrings;
  /** Fills `{name}` style placeholders; numbers are formatted the way the language writes them. */
  fill(template: string, values: Record<string, string | number>): string;
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

const ERROR_KEYS: Partial<Record<ErrorCode, keyof UiStrings>> = {
  message_empty: 'errorEmpty',
  message_too_long: 'errorTooLong',
  payload_too_large: 'errorTooLong',
  rate_limited: 'errorRateLimited',
  validation_failed: 'errorNotSent',
  bad_request: 'errorNotSent',
  unauthorized: 'errorSessionEnded',
  token_expired: 'errorSessionEnded',
  forbidden: 'unavailable',
  origin_not_allowed: 'errorNotEnabled',
  unknown_site: 'unavailable',
};

/** The sentence a shopper reads for an error; the relay's own (English, technical) message stays in the console. */
export function errorText(t: Translation, error: Pick<ErrorBody, 'code' | 'details'>): string {
  const length = (error.details as { length?: unknown } | undefined)?.length;
  const max = MAX_MESSAGE_LENGTH;
  if (error.code === 'message_too_long' && typeof length === 'number') {
    return t.fill(t.strings.errorLength, { length, max });
  }
  return t.fill(t.strings[ERROR_KEYS[error.code] ?? 'errorUnknown'], { max });
}
