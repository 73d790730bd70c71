// Rate limiting for HTTP routes: a keyed token bucket per request key (client IP, token); refusals carry Retry-After.
import type { Context, Env, MiddlewareHandler } from 'hono';
import type { KeyedLimiter } from '../rate-limit/keyed-limiter.ts';

export interface RateLimitMiddlewareOptions<E extends Env> {
  limiter: KeyedLimiter;
  /** The bucket a request draws from; null lets the request through unlimited. */
  key: (c: Context<E>) => string | null;
}

/**
 * Throws `rate_limited` (details: retryAfterMs, retryAfter in seconds) before the handler runs; the error handler
 * answers 429 with a Retry-After header.
 */
export function rateLimit<E extends Env>(options: RateLimitMiddlewareOptions<E>): MiddlewareHandler<E> {
  if (typeof options?.limiter?.take !== 'function' || typeof options.key !== 'function') {
    throw new Error('rateLimit() needs a limiter (createKeyedLimiter) and a key function.');
  }
  const { limiter, key } = options;
  return async function limitRate(c, next) {
    const bucket = key(c);
    if (bucket !== null) limiter.take(bucket);
    await next();
  };
}
