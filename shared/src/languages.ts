// Language codes and locale parsing. Codes are lower-case ISO 639-1 where one exists, else ISO 639-3 (DESIGN.md §Contracts 2).

export interface LanguageTag {
  /** ISO 639-1 (or 639-3 when no 639-1 exists), lower case. */
  language: string;
  /** ISO 15924 script, title case, e.g. "Hant". */
  script?: string;
  /** ISO 3166-1 region, upper case, e.g. "TH". */
  region?: string;
}

/** The code used when no language could be determined. ISO 639-3 "undetermined". */
export const UNDETERMINED_LANGUAGE = 'und';

/** Legacy or alternative codes that browsers and libraries still emit, mapped to the contract's code. */
const LANGUAGE_ALIASES: Record<string, string> = {
  iw: 'he',
  in: 'id',
  ji: 'yi',
  fil: 'tl',
  tgl: 'tl',
  zsm: 'ms',
  cmn: 'zh',
  yue: 'zh',
  nb: 'no',
  nn: 'no',
};

const TRADITIONAL_CHINESE_REGIONS = new Set(['TW', 'HK', 'MO']);

/**
 * Parses a BCP 47 locale such as `navigator.language` ("th-TH", "zh-Hant-TW", "zh_TW").
 * Returns undefined for input that is not a plausible locale, so callers can ignore bad hints safely.
 */
export function parseLocale(locale: string | null | undefined): LanguageTag | undefined {
  if (typeof locale !== 'string') return undefined;
  const parts = locale.trim().replace(/_/g, '-').split('-');
  const head = parts[0]?.toLowerCase() ?? '';
  if (!/^[a-z]{2,3}$/.test(head)) return undefined;
  const tag: LanguageTag = { language: LANGUAGE_ALIASES[head] ?? head };
  for (const part of parts.slice(1)) {
    if (/^[A-Za-z]{4}$/.test(part)) tag.script = part[0]!.toUpperCase() + part.slice(1).toLowerCase();
    else if (/^([A-Za-z]{2}|\d{3})$/.test(part)) tag.region = part.toUpperCase();
  }
  if (tag.language === 'zh' && !tag.script && tag.region) {
    tag.script = TRADITIONAL_CHINESE_REGIONS.has(tag.region) ? 'Hant' : 'Hans';
  }
  return tag;
}

/** English and native names of the languages Parley supports first; others fall back to Intl.DisplayNames. */
export const LANGUAGE_NAMES: Record<string, { english: string; native: string }> = {
  th: { english: 'Thai', native: 'ไทย' },
  vi: { english: 'Vietnamese', native: 'Tiếng Việt' },
  id: { english: 'Indonesian', native: 'Bahasa Indonesia' },
  ms: { english: 'Malay', native: 'Bahasa Melayu' },
  tl: { english: 'Tagalog', native: 'Tagalog' },
  en: { english: 'English', native: 'English' },
  de: { english: 'German', native: 'Deutsch' },
  fr: { english: 'French', native: 'Français' },
  es: { english: 'Spanish', native: 'Español' },
  it: { english: 'Italian', native: 'Italiano' },
  pt: { english: 'Portuguese', native: 'Português' },
  ja: { english: 'Japanese', native: '日本語' },
  ko: { english: 'Korean', native: '한국어' },
  zh: { english: 'Chinese', native: '中文' },
  ar: { english: 'Arabic', native: 'العربية' },
  ru: { english: 'Russian', native: 'Русский' },
  tr: { english: 'Turkish', native: 'Türkçe' },
  pl: { english: 'Polish', native: 'Polski' },
  nl: { english: 'Dutch', native: 'Nederlands' },
};

/** A human name for a language code, in English, for agent-facing UI. */
export function languageName(code: string): string {
  const known = LANGUAGE_NAMES[code];
  if (known) return known.english;
  if (code === UNDETERMINED_LANGUAGE) return 'Unknown';
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
