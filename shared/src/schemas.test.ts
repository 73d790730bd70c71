import { describe, expect, it } from 'vitest';
import { businessHoursSchema, createSiteSchema, updateAgentSchema } from './schemas.ts';

describe('site and agent schemas', () => {
  it('accepts opening hours in an IANA time zone and refuses impossible ones', () => {
    expect(
      businessHoursSchema.safeParse({
        timeZone: 'Asia/Ho_Chi_Minh',
        intervals: [{ day: 0, from: '08:30', to: '24:00' }],
      }).success,
    ).toBe(true);
    for (const hours of [
      { timeZone: 'Saigon/Nowhere', intervals: [] },
      { timeZone: 'UTC', intervals: [{ day: 7, from: '09:00', to: '10:00' }] },
      { timeZone: 'UTC', intervals: [{ day: 1, from: '9:00', to: '10:00' }] },
      { timeZone: 'UTC', intervals: [{ day: 1, from: '18:00', to: '09:00' }] },
    ]) {
      expect(businessHoursSchema.safeParse(hours).success, JSON.stringify(hours)).toBe(false);
    }
  });

  it('keeps glossary language codes to real codes; a __proto__ key never reaches the output', () => {
    const site = (translations: Record<string, string>) =>
      createSiteSchema.safeParse({ name: 'x', glossary: [{ term: 'Lumière', translations }] });
    expect(site({ th: 'ลูมิแยร์' }).success).toBe(true);
    expect(site({ 'zh-Hant': 'x' }).success).toBe(false);
    expect(site({ constructor: 'x' }).success).toBe(false);
    const proto = site(JSON.parse('{"__proto__":"x","th":"y"}'));
    const translations = proto.success ? proto.data.glossary?.[0]?.translations : undefined;
    expect(translations && Object.keys(translations)).toEqual(['th']);
    expect(Object.getPrototypeOf(translations)).toBe(Object.prototype);
  });

  it('lets an update carry any subset of fields', () => {
    expect(updateAgentSchema.parse({ persona: { gender: 'female' } })).toEqual({
      persona: { gender: 'female' },
    });
    expect(updateAgentSchema.safeParse({ role: 'owner' }).success).toBe(false);
  });
});
