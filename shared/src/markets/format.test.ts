import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatNumber } from './format.ts';
import { marketProfile } from './lookup.ts';

// Intl separates amount and symbol with a no-break space (U+00A0 or U+202F); buyers see a space either way.
const plainSpaces = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ');

describe('formatMoney', () => {
  it('writes euros the German way: dot thousands, comma decimals, symbol after', () => {
    expect(plainSpaces(formatMoney(1299.5, 'EUR', 'DE'))).toBe('1.299,50 €');
  });

  it('writes yen with no decimals in Japan', () => {
    expect(formatMoney(1500, 'JPY', 'JP')).toBe('￥1,500');
    expect(formatMoney(1500.4, 'JPY', 'JP')).toBe('￥1,500');
  });

  it('drops ".00" from whole prices where shops do (Thailand) but keeps real decimals', () => {
    expect(formatMoney(1299, 'THB', 'TH')).toBe('฿1,299');
    expect(formatMoney(1299.5, 'THB', 'TH')).toBe('฿1,299.50');
    expect(formatMoney(1299, 'USD', 'US')).toBe('$1,299.00');
  });

  it('formats a foreign currency in the buyer market without mistaking it for the local one', () => {
    expect(formatMoney(20, 'USD', 'TH')).toBe('US$20');
    expect(formatMoney(20.5, 'USD', 'TH')).toBe('US$20.50');
  });

  it('uses Latin digits for Saudi prices', () => {
    expect(formatMoney(99.5, 'SAR', 'SA')).toContain('99.50');
  });

  it('accepts a profile as well as a code', () => {
    expect(plainSpaces(formatMoney(10, 'BRL', marketProfile('BR')))).toBe('R$ 10,00');
  });
});

describe('formatNumber', () => {
  it('uses each market separators', () => {
    expect(formatNumber(1234.5, 'DE')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'US')).toBe('1,234.5');
    expect(formatNumber(0.25, 'FR', { style: 'percent' }).replace(/\s/g, ' ')).toBe('25 %');
  });
});

describe('formatDate', () => {
  it('writes a calendar date in each market style', () => {
    expect(formatDate('2025-03-12', 'DE')).toBe('12. März 2025');
    expect(formatDate('2025-03-12', 'JP')).toBe('2025年3月12日');
    expect(formatDate('2025-03-12', 'US')).toBe('March 12, 2025');
  });

  it('gives Thai buyers the Buddhist-era year', () => {
    expect(formatDate('2025-03-12', 'TH')).toBe('12 มีนาคม 2568');
  });

  it('keeps a calendar date on the same day in every time zone', () => {
    // As a UTC instant this would be 11 March in New York.
    expect(formatDate('2025-03-12', 'US')).toContain('12');
  });

  it('shows an instant in the market time zone', () => {
    const lateEveningUtc = new Date('2025-03-12T20:00:00Z');
    expect(formatDate(lateEveningUtc, 'JP')).toBe('2025年3月13日');
    expect(formatDate(lateEveningUtc, 'US')).toBe('March 12, 2025');
  });

  it('refuses something that is not a date with a sentence saying what to pass', () => {
    expect(() => formatDate('next Tuesday', 'DE')).toThrow(/YYYY-MM-DD/);
  });
});
