// Whether a site is open at an instant, and when that next changes, in the site's own time zone (DST included,
// because every instant is converted through Intl rather than by adding a fixed offset).
import type { BusinessHours } from '@parley/shared';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

interface WallClock {
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday. */
  weekday: number;
  /** Minutes since midnight. */
  minutes: number;
  seconds: number;
}

// Building an Intl.DateTimeFormat costs far more than using one, and every shopper's session asks.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The date, day of week and time of `at` on the wall clock of `timeZone`. */
function wallClock(at: number, timeZone: string): WallClock {
  const parts = formatter(timeZone).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    year: Number(part('year')),
    month: Number(part('month')),
    day: Number(part('day')),
    weekday: WEEKDAYS.indexOf(part('weekday')),
    minutes: Number(part('hour')) * 60 + Number(part('minute')),
    seconds: Number(part('second')),
  };
}

/** How far the zone's wall clock is ahead of UTC at `at`, in ms. */
function offsetAt(at: number, timeZone: string): number {
  const wall = wallClock(at, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, 0, wall.minutes, wall.seconds);
  return asUtc - Math.floor(at / 1000) * 1000;
}

/**
 * The instants at which the zone's wall clock shows `minutes` past midnight of the given UTC-encoded date: usually
 * one; two in the repeated hour when clocks go back; and for a time skipped when clocks go forward, the instants on
 * either side of the gap (callers check which is which with `isOpen`).
 */
function instantsOf(date: number, minutes: number, timeZone: string): number[] {
  const naive = date + minutes * MINUTE_MS;
  // The offsets twelve hours before and after cover any single transition near this time.
  const before = naive - offsetAt(naive - 12 * HOUR_MS, timeZone);
  const after = naive - offsetAt(naive + 12 * HOUR_MS, timeZone);
  return before === after ? [before] : [before, after];
}

function toMinutes(hhmm: string): number {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return hours! * 60 + minutes!;
}

/** A site without business hours is always open: it never said otherwise. */
export function isOpen(hours: BusinessHours | null, at: Date): boolean {
  if (!hours || hours.intervals.length === 0) return true;
  return isOpenAt(hours, at.getTime());
}

function isOpenAt(hours: BusinessHours, at: number): boolean {
  const { weekday, minutes } = wallClock(at, hours.timeZone);
  return hours.intervals.some(
    (interval) =>
      interval.day === weekday && minutes >= toMinutes(interval.from) && minutes < toMinutes(interval.to),
  );
}

/**
 * The first instant after `at` when the site goes from open to closed or back, to the minute, or null when it
 * never does (no hours, or open around the clock). Candidates are the interval edges of the coming week on the
 * zone's wall clock; edges where nothing changes (Friday to 24:00, Saturday from 00:00) are skipped.
 */
export function nextChange(hours: BusinessHours | null, at: Date): Date | null {
  if (!hours || hours.intervals.length === 0) return null;
  const now = at.getTime();
  const state = isOpenAt(hours, now);
  const today = wallClock(now, hours.timeZone);
  const edges = new Set<number>();
  // From yesterday (its late edges may fall after `at` in UTC) to eight days on: every weekly schedule changes
  // within that, or never.
  for (let offset = -1; offset <= 8; offset++) {
    const date = Date.UTC(today.year, today.month - 1, today.day + offset);
    const weekday = new Date(date).getUTCDay();
    for (const interval of hours.intervals) {
      if (interval.day !== weekday) continue;
      for (const edge of [interval.from, interval.to]) {
        for (const instant of instantsOf(date, toMinutes(edge), hours.timeZone)) edges.add(instant);
      }
    }
  }
  let previous = Math.floor(now / MINUTE_MS) * MINUTE_MS;
  for (const edge of [...edges].filter((instant) => instant > now).sort((a, b) => a - b)) {
    if (isOpenAt(hours, edge) !== state) return new Date(firstChange(hours, state, previous, edge));
    previous = edge;
  }
  return null;
}

/**
 * The first minute in (`from`, `to`] whose state differs from `state`, knowing `from` has it and `to` does not.
 * Almost always `to` itself; a bisection finds where a clock change moved the edge (a shop opening at 02:30 on
 * the night 02:00 becomes 03:00 opens at 03:00).
 */
function firstChange(hours: BusinessHours, state: boolean, from: number, to: number): number {
  let [low, high] = [from, to];
  if (isOpenAt(hours, high - MINUTE_MS) === state) return high;
  while (high - low > MINUTE_MS) {
    const middle = low + Math.floor((high - low) / (2 * MINUTE_MS)) * MINUTE_MS;
    if (isOpenAt(hours, middle) === state) low = middle;
    else high = middle;
  }
  return high;
}

/** The first instant at or after `at` when the site is open, or null when it never opens. */
export function nextOpening(hours: BusinessHours | null, at: Date): Date | null {
  if (isOpen(hours, at)) return at;
  return nextChange(hours, at);
}

/** When a closed site opens next, as the shopper's widget shows it; null while open or for a site without hours. */
export function nextOpenAt(hours: BusinessHours | null, at: Date): string | null {
  if (isOpen(hours, at)) return null;
  return nextChange(hours, at)?.toISOString() ?? null;
}
