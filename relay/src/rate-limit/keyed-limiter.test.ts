import { describe, expect, it } from 'vitest';
import { createKeyedLimiter } from './keyed-limiter.ts';
import { DEFAULT_RATE_LIMITS, NO_RATE_LIMITS, parseRateLimits } from './limits.ts';

describe('createKeyedLimiter', () => {
  it('gives every key its own budget and reports refusals by name', () => {
    let now = 0;
    const refusals: string[] = [];
    const limiter = createKeyedLimiter({
      limit: { capacity: 2, refillPerSecond: 1 },
      name: 'handshakePerIp',
      refused: 'connections',
      onRefuse: (name) => refusals.push(name),
      now: () => now,
    });
    limiter.take('203.0.113.1');
    limiter.take('203.0.113.1');
    expect(() => limiter.take('203.0.113.1')).toThrow(/Too many connections/);
    limiter.take('203.0.113.2');
    expect(refusals).toEqual(['handshakePerIp']);
    now += 1000;
    limiter.take('203.0.113.1');
  });

  it('forgets idle keys, so a stream of one-off clients cannot grow memory without bound', () => {
    let now = 0;
    const limiter = createKeyedLimiter({
      limit: { capacity: 5, refillPerSecond: 1 },
      name: 'test',
      refused: 'requests',
      now: () => now,
      sweepAbove: 100,
    });
    for (let i = 0; i < 1000; i++) {
      limiter.take(`client-${i}`);
      now += 50;
    }
    expect(limiter.size).toBeLessThan(300);
  });

  it('does nothing when the limit is off', () => {
    const limiter = createKeyedLimiter({ limit: null, name: 'off', refused: 'messages' });
    for (let i = 0; i < 1000; i++) limiter.take('same');
  });
});

describe('parseRateLimits', () => {
  it('reads defaults, off, and single changes', () => {
    expect(parseRateLimits(undefined)).toEqual(DEFAULT_RATE_LIMITS);
    expect(parseRateLimits('off')).toEqual(NO_RATE_LIMITS);
    expect(parseRateLimits('visitorSend=20/2, handshakePerIp=off, loopback=limit')).toEqual({
      ...DEFAULT_RATE_LIMITS,
      visitorSend: { capacity: 20, refillPerSecond: 2 },
      handshakePerIp: null,
      exemptLoopback: false,
    });
  });

  it('explains a bad value', () => {
    expect(() => parseRateLimits('visitorsend=1/1')).toThrow(/visitorSend=20\/2/);
    expect(() => parseRateLimits('visitorSend=fast')).toThrow(/capacity\/refill-per-second/);
    expect(() => parseRateLimits('visitorSend=0/1')).toThrow(/at least 1/);
  });
});
