// Money, date and number formatting for a market, with Intl only, so every client formats identically.
import { marketProfile } from './lookup.ts';
import type { MarketCode, MarketProfile } from './types.ts';

type MarketRef = MarketCode | MarketProfile;

function resolve(market: MarketRef): MarketProfile {
  return typeof market === 'string' ? marketProfile(market) : market;
}

/**
 * An amount as the market writes prices: "1.299,50 €" (DE), "￥1,500" (JP), "฿1,299" (TH).
 * `currency` is separate from the market because cross-border shops often price in their own currency.
 */
export function formatMoney(amount: number, currency: string, market: MarketRef): string {
  const profile = resolve(market);
  return new Intl.NumberFormat(profile.locale, {
    style: 'currency',
    currency,
    numberingSystem: profile.numberingSystem,
    // "stripIfInteger" only drops ".00": 1,299.50 keeps its decimals.
    trailingZeroDisplay: profile.wholePrices ? 'stripIfInteger' : 'auto',
  }).format(amount);
}

/** A plain number in the market's digits and separators: "1.234,5" (DE), "1,234.5" (US). */
export function formatNumber(value: number, market: MarketRef, options?: Intl.NumberFormatOptions): string {
  const profile = resolve(market);
  return new Intl.NumberFormat(profile.locale, {
    numberingSystem: profile.numberingSystem,
    ...options,
  }).format(value);
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date as the market writes it: "12. März 2025" (DE), "2025年3月12日" (JP), "12 มีนาคม 2568" (TH, Buddhist era).
 *
 * A "YYYY-MM-DD" string is a calendar date (an ETA, a return deadline) and is shown as that same day
 * everywhere. `new Date("2025-03-12")` would be UTC midnight, which is 11 March in New York. Anything else is
 * an instant, shown in the market's time zone.
 */
export function formatDate(
  date: Date | number | string,
  market: MarketRef,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const profile = resolve(market);
  const calendarDate = typeof date === 'string' ? CALENDAR_DATE.exec(date) : null;
  const instant = calendarDate
    ? new Date(Date.UTC(Number(calendarDate[1]), Number(calendarDate[2]) - 1, Number(calendarDate[3])))
    : new Date(date);
  if (Number.isNaN(instant.getTime())) {
    throw new RangeError(
      `formatDate got ${JSON.stringify(date)}, which is not a date; pass a Date or "YYYY-MM-DD".`,
    );
  }
  return new Intl.DateTimeFormat(profile.locale, {
    timeZone: calendarDate ? 'UTC' : profile.timeZone,
    numberingSystem: profile.numberingSystem,
    ...options,
  }).format(instant);
}
