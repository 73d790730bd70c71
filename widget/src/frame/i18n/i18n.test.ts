// The chat speaks 22 languages: every language has every string, keeps the placeholders, reads the right way, and
// a shopper's locale picks the language they would expect.
import { describe, expect, it, vi } from 'vitest';
import { enLater } from '../later/en-later.ts';
import { errorText } from '../later/error-text.ts';
import { loadLaterStrings } from '../later/later-strings.ts';
import { en } from './en.ts';
import { loadTranslation, UI_KEYS } from './load-translation.ts';
import { TRANSLATIONS } from './locales/index.ts';
import { pickUiLanguage, UI_LANGUAGES } from './ui-language.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
/** Every string a language has: what opening the chat needs, and what later/ loads on demand. */
const english = { ...en, ...enLater };
const ALL_KEYS = Object.keys(english) as (keyof typeof english)[];
/** As the frame build writes a language: values in key order. */
const served = (language: keyof typeof TRANSLATIONS) => async () =>
  UI_KEYS.map((key) => TRANSLATIONS[language][key]);
const servedLater = (language: keyof typeof TRANSLATIONS) => async () =>
  (Object.keys(enLater) as (keyof typeof enLater)[]).map((key) => TRANSLATIONS[language][key]);

describe('UI strings', () => {
  it('cover the 22 required languages, each with a string table', () => {
    expect([...UI_LANGUAGES].sort()).toEqual(
      ['th', 'vi', 'id', 'ms', 'fil', 'en', 'de', 'fr', 'es', 'it', 'pt', 'ja', 'ko']
        .concat(['zh-Hans', 'zh-Hant', 'ar', 'he', 'ru', 'tr', 'pl', 'nl', 'hi'])
        .sort(),
    );
    expect(Object.keys(TRANSLATIONS).sort()).toEqual(UI_LANGUAGES.filter((l) => l !== 'en').sort());
  });

  for (const [language, strings] of Object.entries(TRANSLATIONS)) {
    it(`${language} has every key, none extra, none empty, with the same placeholders as English`, () => {
      expect(Object.keys(strings).sort()).toEqual(ALL_KEYS.sort());
      for (const key of ALL_KEYS) {
        expect(strings[key].trim(), `${language}.${key}`).not.toBe('');
        expect(placeholders(strings[key]), `${language}.${key}`).toEqual(placeholders(english[key]));
      }
    });

    it(`${language} is translated, not English left in place`, () => {
      // Short labels may legitimately match English ("Chat" in German); whole sentences may not.
      const sentences = ALL_KEYS.filter((key) => english[key].split(' ').length > 4);
      for (const key of sentences) expect(strings[key], `${language}.${key}`).not.toBe(english[key]);
    });
  }
});

describe('pickUiLanguage', () => {
  it.each([
    ['th-TH', 'th'],
    ['vi', 'vi'],
    ['in-ID', 'id'],
    ['ms-MY', 'ms'],
    ['fil-PH', 'fil'],
    ['tl', 'fil'],
    ['de-CH', 'de'],
    ['pt-BR', 'pt'],
    ['zh-CN', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-Hant'],
    ['zh_HK', 'zh-Hant'],
    ['ar-EG', 'ar'],
    ['iw-IL', 'he'],
    ['hi-IN', 'hi'],
    ['sw-KE', 'en'],
    ['en-GB', 'en'],
    ['', 'en'],
    [undefined, 'en'],
    ['not a locale!', 'en'],
  ])('%s → %s', (locale, language) => {
    expect(pickUiLanguage(locale)).toBe(language);
  });
});

describe('loadTranslation', () => {
  it('gives a Thai shopper Thai strings, left to right', async () => {
    const t = await loadTranslation('th-TH', served('th'));
    expect(t.language).toBe('th');
    expect(t.dir).toBe('ltr');
    expect(t.strings.placeholder).toBe('พิมพ์ข้อความ…');
  });

  it('lays Arabic and Hebrew out right to left', async () => {
    expect((await loadTranslation('ar', served('ar'))).dir).toBe('rtl');
    expect((await loadTranslation('he-IL', served('he'))).dir).toBe('rtl');
  });

  it('never fetches for English', async () => {
    const load = vi.fn(served('th'));
    expect((await loadTranslation('en-US', load)).strings).toEqual(en);
    expect(load).not.toHaveBeenCalled();
  });

  it('falls back to English when the strings cannot load, and fills gaps from English', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const offline = await loadTranslation('ja', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(offline.language).toBe('en');
    expect(offline.strings.send).toBe('Send');
    const partial = await loadTranslation('ja', async () => ['ライブチャット']);
    expect(partial.strings.title).toBe('ライブチャット');
    expect(partial.strings.send).toBe('Send');
    vi.restoreAllMocks();
  });

  it('writes numbers the way the language does in error messages', async () => {
    const tooLong = { code: 'message_too_long', details: { length: 4001 } } as const;
    const inLanguage = async (locale: string, language: keyof typeof TRANSLATIONS) =>
      loadLaterStrings(await loadTranslation(locale, served(language)), servedLater(language));
    expect(errorText(await inLanguage('de-DE', 'de'), tooLong)).toContain('4.001');
    // Whether Arabic uses Arabic-Indic digits depends on the ICU data; either way, as Intl writes it.
    const arabic = new Intl.NumberFormat('ar').format(4001);
    expect(errorText(await inLanguage('ar', 'ar'), tooLong)).toContain(`رسالتك ${arabic}`);
    const english = await loadLaterStrings(await loadTranslation('en-US'));
    expect(errorText(english, { code: 'rate_limited' })).toBe(enLater.errorRateLimited);
    expect(errorText(english, { code: 'attachment_too_large' })).toBe(
      'That photo is too large. Photos can be up to 5 MB.',
    );
    expect(errorText(english, { code: 'made_up' as never })).toBe(enLater.errorUnknown);
  });

  it('loads the on-demand strings in the shopper’s language, and English when they cannot load', async () => {
    const thai = await loadLaterStrings(await loadTranslation('th', served('th')), servedLater('th'));
    expect(thai.strings.rateThanks).toBe(TRANSLATIONS.th.rateThanks);
    expect(thai.strings.placeholder).toBe(TRANSLATIONS.th.placeholder);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const failed = await loadLaterStrings(await loadTranslation('th', served('th')), () =>
      Promise.reject(new TypeError('Failed to fetch')),
    );
    expect(failed.strings.rateThanks).toBe(enLater.rateThanks);
    vi.restoreAllMocks();
  });

  it('says when the team is back in the shopper’s own clock and language', async () => {
    const { formatReturn } = await import('../later/index.tsx');
    const now = new Date(2030, 0, 7, 20, 0); // A Monday evening, in the test's time zone.
    const tomorrowAtNine = new Date(2030, 0, 8, 9, 0).toISOString();
    const laterToday = new Date(2030, 0, 7, 22, 30).toISOString();
    expect(formatReturn(await loadTranslation('en-GB'), tomorrowAtNine, now)).toBe('Tuesday 09:00');
    expect(formatReturn(await loadTranslation('en-US'), tomorrowAtNine, now)).toBe('Tuesday 9:00 AM');
    expect(formatReturn(await loadTranslation('en-US'), laterToday, now)).toBe('10:30 PM');
    expect(formatReturn(await loadTranslation('de-DE', served('de')), tomorrowAtNine, now)).toBe(
      'Dienstag, 09:00',
    );
  });

  it('shows times in the shopper’s own clock', async () => {
    const at = '2025-01-01T15:05:00.000Z';
    const hour = (locale: string) => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
    expect((await loadTranslation('en-GB')).time(at)).toBe(hour('en-GB').format(new Date(at)));
    expect((await loadTranslation('ko-KR', served('ko'))).time(at)).toBe(hour('ko-KR').format(new Date(at)));
  });
});
