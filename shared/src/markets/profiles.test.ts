import { describe, expect, it } from 'vitest';
import { MARKET_PROFILES } from './profiles.ts';
import { MARKET_CODES } from './types.ts';

const profiles = Object.values(MARKET_PROFILES);

describe('market profiles', () => {
  it('has a profile for every market code, keyed by its own code', () => {
    expect(Object.keys(MARKET_PROFILES).sort()).toEqual([...MARKET_CODES].sort());
    for (const [code, profile] of Object.entries(MARKET_PROFILES)) expect(profile.code).toBe(code);
  });

  it('gives Intl a locale, currency and time zone it accepts', () => {
    for (const profile of profiles) {
      expect(Intl.NumberFormat.supportedLocalesOf([profile.locale]), profile.code).toHaveLength(1);
      expect(
        () => new Intl.NumberFormat('en', { style: 'currency', currency: profile.currency }),
      ).not.toThrow();
      expect(() => new Intl.DateTimeFormat('en', { timeZone: profile.timeZone })).not.toThrow();
    }
  });

  it('uses contract language codes: lower-case, script carried separately', () => {
    for (const profile of profiles) {
      for (const language of profile.languages) {
        expect(language.language, profile.code).toMatch(/^[a-z]{2,3}$/);
      }
    }
  });

  it('documents every rule with a reason and a fix, and never shares regex state', () => {
    for (const profile of profiles) {
      for (const rule of profile.avoid) {
        expect(rule.reason.length, rule.id).toBeGreaterThan(10);
        expect(rule.fix.length, rule.id).toBeGreaterThan(3);
        // A global or sticky regex remembers lastIndex between calls, so one hit would hide the next.
        expect(rule.pattern.global || rule.pattern.sticky, rule.id).toBe(false);
      }
    }
  });

  it('gives every market greeting, closing and apology examples', () => {
    for (const profile of profiles) {
      for (const norm of [profile.greeting, profile.closing, profile.apology]) {
        expect(norm.examples.length, profile.code).toBeGreaterThan(0);
      }
    }
  });

  it('documents why a neutral Thai persona writes ค่ะ', () => {
    expect(MARKET_PROFILES.TH.formality.particles.neutral).toBe('female');
    expect(MARKET_PROFILES.TH.formality.particles.neutralReason).toMatch(/shop/);
  });

  it('keeps its own Thai examples within its rules (every example ends with a particle)', () => {
    for (const example of [...MARKET_PROFILES.TH.greeting.examples, ...MARKET_PROFILES.TH.closing.examples]) {
      expect(example).toMatch(/(ค่ะ|คะ|ครับ)$/);
    }
  });
});
