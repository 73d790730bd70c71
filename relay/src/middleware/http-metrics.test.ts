import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createRelayMetrics } from '../metrics.ts';
import { httpMetrics } from './http-metrics.ts';

describe('httpMetrics', () => {
  it('records requests by route pattern and status, not by raw path', async () => {
    const metrics = createRelayMetrics();
    const app = new Hono();
    app.use(httpMetrics({ histogram: metrics.httpRequestDuration }));
    app.get('/items/:id', (c) => c.json({ id: c.req.param('id') }));
    await app.request('/items/1');
    await app.request('/items/2');
    await app.request('/missing');
    const text = await metrics.registry.metrics();
    expect(text).toMatch(
      /parley_http_request_duration_seconds_count\{[^}]*route="\/items\/:id"[^}]*status="200"[^}]*\} 2/,
    );
    expect(text).not.toContain('/items/1');
    expect(text).toMatch(/parley_http_request_duration_seconds_count\{[^}]*status="404"[^}]*\} 1/);
  });

  it('keeps each relay’s metrics apart', async () => {
    const a = createRelayMetrics();
    const b = createRelayMetrics();
    a.messages.inc({ author: 'visitor' });
    expect(await a.registry.metrics()).toContain('parley_messages_total{author="visitor"} 1');
    expect(await b.registry.metrics()).not.toContain('parley_messages_total{author="visitor"} 1');
  });

  it('says what is missing when misconfigured', () => {
    expect(() => httpMetrics({} as never)).toThrow(/needs a histogram/);
  });
});
