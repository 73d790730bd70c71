import { describe, expect, it } from 'vitest';
import { createTypingThrottle } from './typing-throttle.ts';

describe('createTypingThrottle', () => {
  it('forwards a start at once, repeats only every two seconds, and a stop only after a start', () => {
    let now = 0;
    const throttle = createTypingThrottle(() => now);
    expect(throttle.shouldForward('c1', false)).toBe(false);
    expect(throttle.shouldForward('c1', true)).toBe(true);
    now += 500;
    expect(throttle.shouldForward('c1', true)).toBe(false);
    expect(throttle.typingKeys()).toEqual(['c1']);
    now += 1500;
    expect(throttle.shouldForward('c1', true)).toBe(true);
    expect(throttle.shouldForward('c1', false)).toBe(true);
    expect(throttle.shouldForward('c1', false)).toBe(false);
    expect(throttle.typingKeys()).toEqual([]);
  });

  it('keeps conversations apart and bounded', () => {
    const throttle = createTypingThrottle(() => 0);
    for (let i = 0; i < 200; i++) expect(throttle.shouldForward(`c${i}`, true)).toBe(true);
    expect(throttle.typingKeys().length).toBeLessThanOrEqual(64);
  });
});
