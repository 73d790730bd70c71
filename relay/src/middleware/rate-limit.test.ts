import { Hono } from 'hono';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createKeyedLimiter } from '../rate-limit/keyed-limiter.ts';
import { parleyErrorHandler } from './error-handler.ts';
import { rateLimit } from './rate-limit.ts';

function makeApp(now: () => number) {
  const limiter = createKeyedLimiter({
    limit: { capacity: 2, refillPerSecond: 0.5 },
    name: 'test',
    refused: 'requests',
    now,
  });
  const app = new Hono();
  app.use(rateLimit({ limiter, key: (c) => c.req.header('X-Client') ?? null }));
  app.get('/', (c) => c.text('ok'));
  app.onError(parleyErrorHandler({ logger: pino({ level: 'silent' }) }));
  return app;
}

describe('rateLimit', () => {
  it('answers 429 rate_limited with Retry-After once a client’s budget is spent, per key', async () => {
    let now = 0;
    const app = makeApp(() => now);
    const as = (client: string) => app.request('/', { headers: { 'X-Client': client } });
    expect((await as('a')).status).toBe(200);
    expect((await as('a')).status).toBe(200);
    const refused = await as('a');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('2');
    expect(await refused.json()).toMatchObject({
      error: { code: 'rate_limited', details: { retryAfterMs: 2000, retryAfter: 2 } },
    });
    expect((await as('b')).status).toBe(200);
    now += 2000;
    expect((await as('a')).status).toBe(200);
  });

  it('lets requests without a key through', async () => {
    const app = makeApp(() => 0);
    for (let i = 0; i < 5; i++) expect((await app.request('/')).status).toBe(200);
  });

  it('says what is missing when misconfigured', () => {
    expect(() => rateLimit({} as never)).toThrow(/needs a limiter/);
  });
});
