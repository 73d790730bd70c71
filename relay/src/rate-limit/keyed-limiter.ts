// Token buckets by key (a visitor, a site, an IP, a token), held in this process's memory and swept when idle.
import { createTokenBucket, type RateLimitOptions, type Refused, type TokenBucket } from './token-bucket.ts';

export interface KeyedLimiter {
  /** Takes a token from `key`'s bucket, or throws `rate_limited`. */
  take(key: string): void;
  /** Buckets currently held (for tests and memory checks). */
  readonly size: number;
}

export interface KeyedLimiterOptions {
  /** Null turns the limit off. */
  limit: RateLimitOptions | null;
  /** Label for metrics: which limit refused. */
  name: string;
  refused: Refused;
  /** Told about every refusal (the rate-limit rejection counter). */
  onRefuse?: (name: string) => void;
  now?: () => number;
  /** Sweep full buckets once the map holds this many; a full bucket is the same as none. */
  sweepAbove?: number;
}

const UNLIMITED: KeyedLimiter = { take() {}, size: 0 };

export function createKeyedLimiter(options: KeyedLimiterOptions): KeyedLimiter {
  const { limit, name, refused, onRefuse, now = Date.now, sweepAbove = 10_000 } = options;
  if (limit === null) return UNLIMITED;
  const buckets = new Map<string, TokenBucket>();
  // Creating one bucket checks the options now, so a bad configuration fails at startup, not on first use.
  createTokenBucket(limit, now, refused);
  let nextSweep = sweepAbove;
  return {
    take(key) {
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= nextSweep) {
          for (const [held, candidate] of buckets) if (candidate.isFull()) buckets.delete(held);
          // Sweeping again only after the map has grown by as much again keeps the cost amortised O(1).
          nextSweep = Math.max(sweepAbove, buckets.size * 2);
        }
        bucket = createTokenBucket(limit, now, refused);
        buckets.set(key, bucket);
      }
      try {
        bucket.take();
      } catch (error) {
        onRefuse?.(name);
        throw error;
      }
    },
    get size() {
      return buckets.size;
    },
  };
}
