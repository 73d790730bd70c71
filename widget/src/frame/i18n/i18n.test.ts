// The chat speaks 22 languages: every language has every string, keeps the placeholders, reads the right way, and
// a shopper's locale picks the language they would expect.
import { describe, expect, it, vi } from 'vitest';
import { en } from './en.ts';
import { loadTranslation, UI_KEYS } from './load-translation.ts';
import { TRANSLATIONS } from './locales/index.ts';
import { errorText } from './translation.ts';
import { pickUiLanguage, UI_LANGUAGES } from './ui-language.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
/** As the frame build writes a language: values in key order. */
const served = (language: keyof typeof TRANSLATIONS) => async () =>
  UI_KEYS.map((key) => TRANSLATIONS[language][key]);

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
      expect(Object.keys(strings).sort()).toEqual(Object.keys(en).sort());
      for (const key of UI_KEYS) {
        expect(strings[key].trim(), `${language}.${key}`).not.toBe('');
        expect(placeholders(strings[key]), `${language}.${key}`).toEqual(placeholders(en[key]));
      }
    });

    it(`${language} is translated, not English left in place`, () => {
      // Short labels may legitimately match English ("Chat" in German); whole sentences may not.
      const sentences = UI_KEYS.filter((key) => en[key].split(' ').length > 4);
      for (const key of sentences) expect(strings[key], `${language}.${key}`).not.toBe(en[key]);
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
    expect(errorText(await loadTranslation('de-DE', served('de')), tooLong)).toContain('4.001');
    // Whether Arabic uses Arabic-Indic digits depends on the ICU data; either way, as Intl writes it.
    const arabic = new Intl.NumberFormat('ar').format(4001);
    expect(errorText(await loadTranslation('ar', served('ar')), tooLong)).toContain(`رسالتك ${arabic}`);
    expect(errorText(await loadTranslation('en-US'), { code: 'rate_limited' })).toBe(en.errorRateLimited);
  });

  it('shows times in the shopper’s own clock', async () => {
    const at = '2025-01-01T15:05:00.000Z';
    const hour = (locale: string) => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
    expect((await loadTranslation('en-GB')).time(at)).toBe(hour('en-GB').format(new Date(at)));
    expect((await loadTranslation('ko-KR', served('ko'))).time(at)).toBe(hour('ko-KR').format(new Date(at)));
  });
});
