import { describe, expect, it } from 'vitest';
import { languageName, parseLocale } from './languages.ts';

describe('parseLocale', () => {
  it('splits a browser locale into language and region', () => {
    expect(parseLocale('th-TH')).toEqual({ language: 'th', region: 'TH' });
  });

  it('carries the Chinese script separately and infers it from the region', () => {
    expect(parseLocale('zh-Hant-TW')).toEqual({ language: 'zh', script: 'Hant', region: 'TW' });
    expect(parseLocale('zh_TW')).toEqual({ language: 'zh', script: 'Hant', region: 'TW' });
    expect(parseLocale('zh-CN')).toEqual({ language: 'zh', script: 'Hans', region: 'CN' });
  });

  it('maps legacy and 639-3 codes to the contract codes', () => {
    expect(parseLocale('in-ID')?.language).toBe('id');
    expect(parseLocale('fil-PH')?.language).toBe('tl');
  });

  it('ignores hints that are not locales', () => {
    expect(parseLocale('')).toBeUndefined();
    expect(parseLocale('<script>')).toBeUndefined();
    expect(parseLocale(undefined)).toBeUndefined();
  });
});

describe('languageName', () => {
  it('names languages for agents', () => {
    expect(languageName('th')).toBe('Thai');
    expect(languageName('und')).toBe('Unknown');
  });
});
