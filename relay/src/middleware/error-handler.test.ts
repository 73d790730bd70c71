import { ParleyError } from '@parley/shared';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { parleyErrorHandler } from './error-handler.ts';

function appThrowing(error: unknown, lines: string[] = []) {
  const logger = pino({ level: 'error' }, { write: (line: string) => lines.push(line) });
  const app = new Hono();
  app.get('/', () => {
    throw error;
  });
  app.onError(parleyErrorHandler({ logger }));
  return app;
}

describe('parleyErrorHandler', () => {
  it('maps a ParleyError to its status and coded body', async () => {
    const res = await appThrowing(
      new ParleyError('validation_failed', 'bad', { details: { issues: [{ field: 'name', message: 'x' }] } }),
    ).request('/');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        code: 'validation_failed',
        message: 'bad',
        details: { issues: [{ field: 'name', message: 'x' }] },
      },
    });
  });

  it('hides unknown errors behind internal, and logs their cause', async () => {
    const lines: string[] = [];
    const res = await appThrowing(new Error('password=hunter2'), lines).request('/');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('hunter2');
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'internal' } });
    expect(lines.join('')).toContain('hunter2');
  });

  it('keeps the meaning of Hono’s own HTTP exceptions', async () => {
    const res = await appThrowing(new HTTPException(413, { message: 'too big' })).request('/');
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'payload_too_large' } });
  });
});
