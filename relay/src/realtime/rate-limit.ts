// A token bucket per socket: bursts of a few messages are fine, a flood is refused with rate_limited.
import { ParleyError } from '@parley/shared';

export interface RateLimitOptions {
  /** Messages allowed in a burst. */
  capacity: number;
  /** Tokens regained per second; capacity / refillPerSecond is the window (10 per 10 s by default). */
  refillPerSecond: number;
}

export const DEFAULT_SEND_RATE_LIMIT = { capacity: 10, refillPerSecond: 1 } satisfies RateLimitOptions;

export interface TokenBucket {
  /** Takes one token, or throws `rate_limited` with `retryAfterMs` in the details. */
  take(): void;
}

export function createTokenBucket(
  options: RateLimitOptions = DEFAULT_SEND_RATE_LIMIT,
  now: () => number = Date.now,
): TokenBucket {
  if (!(options.capacity >= 1) || !(options.refillPerSecond > 0)) {
    throw new Error('createTokenBucket needs capacity >= 1 and refillPerSecond > 0.');
  }
  let tokens = options.capacity;
  let updatedAt = now();
  return {
    take() {
      const current = now();
      tokens = Math.min(options.capacity, tokens + ((current - updatedAt) / 1000) * options.refillPerSecond);
      updatedAt = current;
      if (tokens >= 1) {
        tokens -= 1;
        return;
      }
      const retryAfterMs = Math.ceil(((1 - tokens) / options.refillPerSecond) * 1000);
      throw new ParleyError(
        'rate_limited',
        `Too many messages at once. Wait ${Math.ceil(retryAfterMs / 1000)} s and send again; nothing was lost.`,
        { details: { retryAfterMs } },
      );
    },
  };
}
