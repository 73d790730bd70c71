// Graceful shutdown for HTTP: changes in flight finish, new ones are refused with `unavailable` while draining.
import type { MiddlewareHandler } from 'hono';
import type { Drain } from '../drain.ts';

export interface DrainMiddlewareOptions {
  drain: Drain;
}

/** Reads (GET, HEAD, OPTIONS) pass untracked: they change nothing, so losing one loses nothing. */
export function trackChanges(options: DrainMiddlewareOptions): MiddlewareHandler {
  if (typeof options?.drain?.run !== 'function') {
    throw new Error('trackChanges() needs the relay’s drain (createDrain()).');
  }
  const { drain } = options;
  return async function trackChange(c, next) {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    await drain.run(() => next());
  };
}
