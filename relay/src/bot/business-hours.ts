// Whether a site is open at an instant, and when it opens next, in the site's own time zone (DST included,
// because every instant is converted through Intl rather than by adding a fixed offset).
import type { BusinessHours } from '@parley/shared';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Day of week (0 = Sunday) and minutes since midnight of `at` on the wall clock of `timeZone`. */
function wallClock(at: Date, timeZone: string): { day: number; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    day: WEEKDAYS.indexOf(part('weekday')),
    minutes: Number(part('hour')) * 60 + Number(part('minute')),
  };
}

function toMinutes(hhmm: string): number {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return hours! * 60 + minutes!;
}

/** A site without business hours is always open: it never said otherwise. */
export function isOpen(hours: BusinessHours | null, at: Date): boolean {
  if (!hours || hours.intervals.length === 0) return true;
  const { day, minutes } = wallClock(at, hours.timeZone);
  return hours.intervals.some(
    (interval) =>
      interval.day === day && minutes >= toMinutes(interval.from) && minutes < toMinutes(interval.to),
  );
}

/** Minutes searched ahead for the next opening: a week and a day covers every weekly schedule. */
const SEARCH_MINUTES = 8 * 24 * 60;
const STEP_MINUTES = 15;

/**
 * The first instant at or after `at` when the site is open, to the quarter hour, or null when it never opens.
 * Stepping through instants (not wall-clock arithmetic) stays right across daylight-saving changes.
 */
export function nextOpening(hours: BusinessHours | null, at: Date): Date | null {
  if (isOpen(hours, at)) return at;
  const start = Math.ceil(at.getTime() / (STEP_MINUTES * 60_000)) * STEP_MINUTES * 60_000;
  for (let offset = 0; offset <= SEARCH_MINUTES; offset += STEP_MINUTES) {
    const candidate = new Date(start + offset * 60_000);
    if (isOpen(hours, candidate)) return candidate;
  }
  return null;
}
