// One token bucket: bursts up to `capacity`, refilled continuously; a refusal says when to try again.
import { ParleyError } from '@parley/shared';

export interface RateLimitOptions {
  /** Requests allowed in a burst. */
  capacity: number;
  /** Tokens regained per second; capacity / refillPerSecond is the window (10 per 10 s by default). */
  refillPerSecond: number;
}

export const DEFAULT_SEND_RATE_LIMIT = { capacity: 10, refillPerSecond: 1 } satisfies RateLimitOptions;

/** What the bucket refuses, for the error message: "Too many messages at once…". */
export type Refused = 'messages' | 'connections' | 'requests' | 'events';

export interface TokenBucket {
  /** Takes one token, or throws `rate_limited` with `retryAfterMs` and `retryAfter` (seconds) in the details. */
  take(): void;
  /** True when the bucket has refilled completely, so forgetting it changes nothing. */
  isFull(): boolean;
}

export function checkRateLimitOptions(options: RateLimitOptions): void {
  if (!(options.capacity >= 1) || !(options.refillPerSecond > 0)) {
    throw new Error('A rate limit needs capacity >= 1 and refillPerSecond > 0.');
  }
}

export function createTokenBucket(
  options: RateLimitOptions = DEFAULT_SEND_RATE_LIMIT,
  now: () => number = Date.now,
  refused: Refused = 'messages',
): TokenBucket {
  checkRateLimitOptions(options);
  let tokens = options.capacity;
  let updatedAt = now();
  const refill = () => {
    const current = now();
    tokens = Math.min(options.capacity, tokens + ((current - updatedAt) / 1000) * options.refillPerSecond);
    updatedAt = current;
  };
  return {
    take() {
      refill();
      if (tokens >= 1) {
        tokens -= 1;
        return;
      }
      throw rateLimited(Math.ceil(((1 - tokens) / options.refillPerSecond) * 1000), refused);
    },
    isFull() {
      refill();
      return tokens >= options.capacity;
    },
  };
}

const NOTHING_LOST: Record<Refused, string> = {
  messages: 'send again; nothing was lost',
  connections: 'connect again',
  requests: 'try again',
  events: 'try again',
};

/** The one refusal shape: HTTP turns `retryAfter` into a Retry-After header, sockets pass the details on. */
export function rateLimited(retryAfterMs: number, refused: Refused): ParleyError {
  const retryAfter = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new ParleyError(
    'rate_limited',
    `Too many ${refused} at once. Wait ${retryAfter} s and ${NOTHING_LOST[refused]}.`,
    { details: { retryAfterMs, retryAfter } },
  );
}
