import { describe, expect, it } from 'vitest';
import { marketForLanguage, marketProfile, politeParticles } from './lookup.ts';

describe('marketProfile', () => {
  it('finds a profile by its code and refuses anything else', () => {
    expect(marketProfile('TH').locale).toBe('th-TH');
    expect(marketProfile('th')).toBeUndefined();
    expect(marketProfile('XX')).toBeUndefined();
  });
});

describe('marketForLanguage', () => {
  it('maps each language to its home market', () => {
    expect(marketForLanguage('th')?.code).toBe('TH');
    expect(marketForLanguage('vi')?.code).toBe('VN');
    expect(marketForLanguage('pt')?.code).toBe('BR');
    expect(marketForLanguage('ar')?.code).toBe('SA');
  });

  it('tells Simplified from Traditional Chinese by script or region', () => {
    expect(marketForLanguage('zh')?.code).toBe('CN');
    expect(marketForLanguage('zh-Hant')?.code).toBe('TW');
    expect(marketForLanguage('zh-TW')?.code).toBe('TW');
    expect(marketForLanguage('zh', 'TW')?.code).toBe('TW');
  });

  it('prefers the region market when it speaks the language', () => {
    expect(marketForLanguage('en', 'SG')?.code).toBe('SG');
    expect(marketForLanguage('en-GB')?.code).toBe('GB');
    expect(marketForLanguage('zh', 'MY')?.code).toBe('MY');
    expect(marketForLanguage('fil-PH')?.code).toBe('PH');
  });

  it('falls back to the language market when the region does not speak it', () => {
    expect(marketForLanguage('en', 'TH')?.code).toBe('US');
    expect(marketForLanguage('pt-PT')?.code).toBe('BR');
  });

  it('does not guess for languages it has no profile for', () => {
    expect(marketForLanguage('sw')).toBeUndefined();
    expect(marketForLanguage('<script>')).toBeUndefined();
  });
});

describe('politeParticles', () => {
  const thailand = marketProfile('TH');

  it('gives ค่ะ/คะ to a female persona and ครับ to a male one', () => {
    expect(politeParticles(thailand, { gender: 'female' })).toEqual({ statement: 'ค่ะ', question: 'คะ' });
    expect(politeParticles(thailand, { gender: 'male' })).toEqual({ statement: 'ครับ', question: 'ครับ' });
  });

  it('uses the shop voice ค่ะ for neutral and unset personas', () => {
    expect(politeParticles(thailand, { gender: 'neutral' })?.statement).toBe('ค่ะ');
    expect(politeParticles(thailand, undefined)?.statement).toBe('ค่ะ');
  });

  it('has nothing to choose in languages without gendered particles', () => {
    expect(politeParticles(marketProfile('DE'), { gender: 'male' })).toBeUndefined();
  });
});
