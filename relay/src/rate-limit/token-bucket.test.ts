import { ParleyError } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { createTokenBucket } from './token-bucket.ts';

describe('createTokenBucket', () => {
  it('allows a burst of 10, refuses the 11th with a retry hint, and refills at one per second', () => {
    let now = 0;
    const bucket = createTokenBucket({ capacity: 10, refillPerSecond: 1 }, () => now);
    for (let i = 0; i < 10; i++) bucket.take();
    let refused: unknown;
    try {
      bucket.take();
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ParleyError);
    expect((refused as ParleyError).code).toBe('rate_limited');
    expect((refused as ParleyError).details).toEqual({ retryAfterMs: 1000, retryAfter: 1 });

    now += 1000;
    expect(() => bucket.take()).not.toThrow();
    expect(() => bucket.take()).toThrow(ParleyError);
    expect(bucket.isFull()).toBe(false);
    now += 60_000;
    expect(bucket.isFull()).toBe(true);
    for (let i = 0; i < 10; i++) bucket.take();
    expect(() => bucket.take()).toThrow(/Too many messages/);
  });

  it('explains bad options', () => {
    expect(() => createTokenBucket({ capacity: 0, refillPerSecond: 1 })).toThrow(/capacity >= 1/);
  });
});
