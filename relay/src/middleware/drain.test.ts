import { Hono } from 'hono';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createDrain } from '../drain.ts';
import { trackChanges } from './drain.ts';
import { parleyErrorHandler } from './error-handler.ts';

describe('trackChanges', () => {
  it('lets a change in flight finish during shutdown, refuses new changes, and still serves reads', async () => {
    const drain = createDrain();
    let release!: () => void;
    const app = new Hono();
    app.use(trackChanges({ drain }));
    app.post('/slow', async (c) => {
      await new Promise<void>((resolve) => (release = resolve));
      return c.text('stored', 201);
    });
    app.post('/fast', (c) => c.text('stored', 201));
    app.get('/read', (c) => c.text('ok'));
    app.onError(parleyErrorHandler({ logger: pino({ level: 'silent' }) }));

    const inFlight = app.request('/slow', { method: 'POST' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    const drained = drain.start(5000);
    const late = await app.request('/fast', { method: 'POST' });
    expect(late.status).toBe(503);
    expect(await late.json()).toMatchObject({ error: { code: 'unavailable' } });
    expect((await app.request('/read')).status).toBe(200);
    release();
    expect((await inFlight).status).toBe(201);
    expect(await drained).toBe(true);
  });

  it('says what is missing when misconfigured', () => {
    expect(() => trackChanges({} as never)).toThrow(/needs the relay’s drain/);
  });
});
