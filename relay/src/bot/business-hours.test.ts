import type { BusinessHours } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { isOpen, nextChange, nextOpenAt } from './business-hours.ts';

const at = (iso: string) => new Date(iso);
const change = (hours: BusinessHours | null, iso: string) =>
  nextChange(hours, at(iso))?.toISOString() ?? null;

describe('when a site opens next (nextOpenAt)', () => {
  // Mondays 09:00–17:00 in Bangkok (UTC+7, no daylight saving).
  const bangkok: BusinessHours = {
    timeZone: 'Asia/Bangkok',
    intervals: [{ day: 1, from: '09:00', to: '17:00' }],
  };

  it('is null while open and for a site without hours', () => {
    expect(nextOpenAt(bangkok, at('2026-11-23T03:00:00Z'))).toBeNull(); // Monday 10:00 in Bangkok
    expect(nextOpenAt(null, at('2026-11-23T03:00:00Z'))).toBeNull();
    expect(nextOpenAt({ timeZone: 'UTC', intervals: [] }, at('2026-11-23T03:00:00Z'))).toBeNull();
  });

  it('wraps to the same weekday next week after closing time', () => {
    // Monday 17:30 in Bangkok: back next Monday 09:00 Bangkok = 02:00 UTC.
    expect(nextOpenAt(bangkok, at('2026-11-23T10:30:00Z'))).toBe('2026-11-30T02:00:00.000Z');
  });

  it('wraps from Saturday to Sunday and Monday across the week’s end', () => {
    const weekend: BusinessHours = {
      timeZone: 'UTC',
      intervals: [
        { day: 0, from: '10:00', to: '12:00' },
        { day: 1, from: '09:00', to: '17:00' },
      ],
    };
    expect(nextOpenAt(weekend, at('2026-11-28T23:00:00Z'))).toBe('2026-11-29T10:00:00.000Z'); // Saturday night
    expect(nextOpenAt(weekend, at('2026-11-29T12:00:00Z'))).toBe('2026-11-30T09:00:00.000Z'); // Sunday at noon
  });

  it('crosses midnight in the site’s zone, not in UTC', () => {
    // Tuesdays 08:00–10:00 in Bangkok are Monday 01:00–03:00 UTC.
    const tuesday: BusinessHours = {
      timeZone: 'Asia/Bangkok',
      intervals: [{ day: 2, from: '08:00', to: '10:00' }],
    };
    expect(nextOpenAt(tuesday, at('2026-11-23T20:00:00Z'))).toBe('2026-11-24T01:00:00.000Z');
  });

  it('follows daylight saving: the same 09:00 is an hour earlier in UTC after clocks go forward', () => {
    const berlin: BusinessHours = {
      timeZone: 'Europe/Berlin',
      intervals: [{ day: 1, from: '09:00', to: '17:00' }],
    };
    // Clocks went forward on Sunday 29 March 2026: Monday 09:00 CEST is 07:00 UTC (08:00 UTC the week before).
    expect(nextOpenAt(berlin, at('2026-03-29T12:00:00Z'))).toBe('2026-03-30T07:00:00.000Z');
    expect(nextOpenAt(berlin, at('2026-03-22T12:00:00Z'))).toBe('2026-03-23T08:00:00.000Z');
  });

  it('opens when the clock jumps past a skipped opening time', () => {
    // New York's clocks jump from 02:00 to 03:00 on Sunday 8 March 2026 (07:00 UTC): 02:30 never happens, and
    // the shop is open from the moment the wall clock reads 03:00.
    const night: BusinessHours = {
      timeZone: 'America/New_York',
      intervals: [{ day: 0, from: '02:30', to: '04:00' }],
    };
    expect(nextOpenAt(night, at('2026-03-08T05:00:00Z'))).toBe('2026-03-08T07:00:00.000Z');
  });
});

describe('the next boundary (nextChange)', () => {
  it('is the closing time while open, and null for a site open around the clock', () => {
    const weekdays: BusinessHours = { timeZone: 'UTC', intervals: [{ day: 3, from: '09:00', to: '17:30' }] };
    expect(change(weekdays, '2026-11-25T10:00:00Z')).toBe('2026-11-25T17:30:00.000Z');
    const always: BusinessHours = {
      timeZone: 'UTC',
      intervals: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, from: '00:00', to: '24:00' })),
    };
    expect(change(always, '2026-11-25T10:00:00Z')).toBeNull();
    expect(change(null, '2026-11-25T10:00:00Z')).toBeNull();
  });

  it('skips edges where nothing changes: open Friday to midnight and on from Saturday 00:00', () => {
    const late: BusinessHours = {
      timeZone: 'UTC',
      intervals: [
        { day: 5, from: '20:00', to: '24:00' },
        { day: 6, from: '00:00', to: '02:00' },
      ],
    };
    expect(change(late, '2026-11-27T21:00:00Z')).toBe('2026-11-28T02:00:00.000Z');
  });

  it('sees an hour that happens twice when clocks go back', () => {
    // New York goes from 02:00 EDT back to 01:00 EST on Sunday 1 November 2026: 01:00–01:30 happens twice.
    const short: BusinessHours = {
      timeZone: 'America/New_York',
      intervals: [{ day: 0, from: '01:00', to: '01:30' }],
    };
    expect(change(short, '2026-11-01T04:00:00Z')).toBe('2026-11-01T05:00:00.000Z'); // 01:00 EDT
    expect(change(short, '2026-11-01T05:10:00Z')).toBe('2026-11-01T05:30:00.000Z'); // 01:30 EDT
    expect(change(short, '2026-11-01T05:45:00Z')).toBe('2026-11-01T06:00:00.000Z'); // 01:00 EST, again
    expect(isOpen(short, at('2026-11-01T06:15:00Z'))).toBe(true);
  });

  it('is exact to the minute, not to a quarter hour', () => {
    const odd: BusinessHours = {
      timeZone: 'Asia/Kolkata',
      intervals: [{ day: 2, from: '09:10', to: '18:05' }],
    };
    // Tuesday 09:10 in Kolkata (UTC+5:30) is 03:40 UTC.
    expect(nextOpenAt(odd, at('2026-11-24T00:00:00Z'))).toBe('2026-11-24T03:40:00.000Z');
  });
});
