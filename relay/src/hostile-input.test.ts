// Hostile input through HTTP and Socket.IO: each gets its coded error, and a well-behaved client keeps being served.
import type { Agent, Message } from '@parley/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorOf,
  expectOk,
  nextEvent,
  refusedHandshake,
  request,
  startRelay,
  type TestRelay,
  untyped,
} from '../test/relay-fixture.ts';
import { signVisitorToken } from './auth/visitor-token.ts';
import type { SiteRecord } from './storage/types.ts';

const XSS = '<img src=x onerror="alert(document.cookie)"><script>fetch("//evil.example")</script>';

describe('hostile input', () => {
  let relay: TestRelay;

  beforeAll(async () => {
    relay = await startRelay();
  });
  afterAll(() => relay.stop());

  /** The well-behaved client every test checks is still served. */
  async function stillServes(): Promise<void> {
    const { socket } = await relay.visitor();
    expectOk(
      await request<Message>(socket, 'message:send', { clientId: 'good', text: 'Hello, still there?' }),
    );
    expect((await relay.api('/api/v1/sites')).status).toBe(200);
  }

  it('answers broken HTTP bodies with their own codes', async () => {
    const post = (body: string) => relay.api('/api/v1/sites', { method: 'POST', body });
    const cases: [string, number, string][] = [
      ['{"name": ', 400, 'bad_request'],
      ['not json at all', 400, 'bad_request'],
      ['[]', 400, 'validation_failed'],
      ['[{"name":"x"}]', 400, 'validation_failed'],
      ['null', 400, 'validation_failed'],
      ['{"name": 42, "allowedOrigins": "https://x.example"}', 400, 'validation_failed'],
      ['{"name": ["a"], "languages": {"0": "th"}}', 400, 'validation_failed'],
      [JSON.stringify({ name: 'x', glossary: Array(600).fill({ term: 'x' }) }), 400, 'validation_failed'],
      [JSON.stringify({ name: 'y'.repeat(300_000) }), 413, 'payload_too_large'],
    ];
    for (const [body, status, code] of cases) {
      const res = await post(body);
      expect(res.status, body.slice(0, 40)).toBe(status);
      expect(await res.json()).toMatchObject({ error: { code } });
    }
    await stillServes();
  });

  it('ignores prototype-pollution keys in bodies and payloads', async () => {
    const res = await relay.api('/api/v1/sites', {
      method: 'POST',
      body: '{"name":"Proto shop","__proto__":{"polluted":true,"role":"admin"},"constructor":{"prototype":{"polluted":true}}}',
    });
    expect(res.status).toBe(201);
    const site = ((await res.json()) as { data: SiteRecord }).data;
    expect(site).not.toHaveProperty('polluted');
    const glossary = await relay.api(`/api/v1/sites/${site.id}`, {
      method: 'PATCH',
      body: '{"glossary":[{"term":"x","translations":{"__proto__":"y","constructor":"z"}}]}',
    });
    expect(glossary.status).toBe(400);
    const agent = await relay.api('/api/v1/agents', {
      method: 'POST',
      body: `{"siteId":"${site.id}","name":"Proto","__proto__":{"role":"admin"}}`,
    });
    expect(((await agent.json()) as { data: { agent: Agent } }).data.agent.role).toBe('agent');

    const { socket } = await relay.visitor();
    const sent = await request<Message>(socket, 'message:send', {
      clientId: 'proto-1',
      text: 'hello',
      ['__proto__']: { polluted: true },
      constructor: { prototype: { polluted: true } },
    });
    expect(expectOk(sent).text).toBe('hello');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).role).toBeUndefined();
    await stillServes();
  });

  it('stores XSS, zero-width and right-to-left text exactly as sent (after NFC), and delivers it as text', async () => {
    const { socket: agent } = await relay.agent();
    const { socket } = await relay.visitor();
    const tricky = [
      XSS,
      'pay\u200Bpal\u200D refund\uFE0F',
      'Invoice \u202Egnp.exe\u202C please',
      '\u2067مرحبا\u2069 order #42',
      'Cafe\u0301 au lait',
    ];
    for (const [i, text] of tricky.entries()) {
      const arriving = nextEvent<Message>(agent, 'message', (m) => m.clientId === `t-${i}`);
      const stored = expectOk(await request<Message>(socket, 'message:send', { clientId: `t-${i}`, text }));
      expect(stored.text).toBe(text.normalize('NFC'));
      expect((await arriving).text).toBe(text.normalize('NFC'));
    }
    // Names others see lose direction overrides; the XSS in a name stays inert text in JSON.
    const site = await relay.createSite({ name: `${XSS}\u202E` });
    expect(site.name).toBe(XSS);
    const named = await relay.createAgent({ siteId: site.id, name: 'Support\u202Etroppus\u202C Team' });
    expect(named.agent.name).toBe('Supporttroppus Team');
    const bidiOnly = await relay.api('/api/v1/agents', {
      method: 'POST',
      body: JSON.stringify({ siteId: site.id, name: '\u202E\u202C' }),
    });
    expect(bidiOnly.status).toBe(400);
    const listed = await relay.api(`/api/v1/sites/${site.id}`);
    expect(listed.headers.get('content-type')).toMatch(/^application\/json/);
    await stillServes();
  });

  it('answers malformed socket payloads with validation_failed and drops oversized packets', async () => {
    const { socket } = await relay.visitor();
    for (const payload of [
      [1, 2],
      [{ clientId: 'a', text: 'b' }],
      'x'.repeat(10),
      { clientId: {}, text: [] },
    ]) {
      expect(errorOf(await request(socket, 'message:send', payload)).code).toBe('validation_failed');
    }
    expect(errorOf(await request(socket, 'messages:read', { seq: '1' })).code).toBe('validation_failed');
    expect(errorOf(await request(socket, 'messages:sync', [])).code).toBe('validation_failed');
    untyped(socket).emit('no:such:event', { x: 1 });

    // A packet far beyond any chat message closes that socket only.
    const { socket: flooder } = await relay.visitor();
    const closed = new Promise<string>((resolve) => flooder.once('disconnect', resolve));
    untyped(flooder).emit('message:send', { clientId: 'huge', text: 'x'.repeat(300_000) });
    expect(await closed).toMatch(/transport (close|error)/);
    await stillServes();
  });

  it('refuses wrong origins and expired, foreign and garbage tokens', async () => {
    const strict = await relay.createSite({ name: 'Strict', allowedOrigins: ['https://shop.example'] });
    expect(
      (
        await refusedHandshake(
          relay.visitor({ siteKey: strict.publicKey }, { origin: 'https://evil.example' }),
        )
      ).code,
    ).toBe('origin_not_allowed');
    const other = await relay.visitor({ siteKey: strict.publicKey }, { origin: 'https://shop.example' });
    // A token of the strict site presented to the demo site.
    expect((await refusedHandshake(relay.visitor({ visitorToken: other.session.visitorToken }))).code).toBe(
      'unauthorized',
    );
    const expired = signVisitorToken(
      relay.config.visitorTokenSecret,
      { visitorId: other.session.visitorId, siteId: strict.id },
      { now: Date.now() - 10_000, ttlMs: 1000 },
    );
    const upload = await fetch(`${relay.url}/api/v1/attachments`, {
      method: 'POST',
      headers: { Authorization: `Visitor ${expired}` },
    });
    expect(upload.status).toBe(401);
    expect(await upload.json()).toMatchObject({ error: { code: 'token_expired' } });
    for (const header of [
      'Bearer',
      'Bearer ',
      `Bearer ${'x'.repeat(5000)}`,
      'Basic YWRtaW46YWRtaW4=',
      'Bearer a b',
    ]) {
      const res = await fetch(`${relay.url}/api/v1/conversations`, { headers: { Authorization: header } });
      expect(res.status, header.slice(0, 20)).toBe(401);
    }
    expect((await refusedHandshake(relay.agent('x'.repeat(2000)))).code).toBe('validation_failed');
    expect((await refusedHandshake(relay.agent('agt_garbage'))).code).toBe('unauthorized');
    await stillServes();
  });
});

describe('floods', () => {
  let relay: TestRelay;

  beforeAll(async () => {
    // Small per-IP budgets, and loopback counted like any other address, so one test client can trip them.
    relay = await startRelay({
      rateLimits: {
        handshakePerIp: { capacity: 5, refillPerSecond: 0.01 },
        apiPerIp: { capacity: 30, refillPerSecond: 0.01 },
        exemptLoopback: false,
      },
    });
  });
  afterAll(() => relay.stop());

  it('limits handshakes per IP, HTTP requests per IP and messages per visitor, each with retryAfter', async () => {
    const { socket } = await relay.visitor();
    const acks = [];
    for (let i = 0; i < 12; i++) {
      acks.push(await request<Message>(socket, 'message:send', { clientId: `f-${i}`, text: `flood ${i}` }));
    }
    const limited = errorOf(acks.at(-1)!);
    expect(limited).toMatchObject({ code: 'rate_limited', details: { retryAfter: expect.any(Number) } });

    let refusal: { code: string; details: unknown } | undefined;
    for (let i = 0; i < 6 && !refusal; i++) {
      try {
        await relay.visitor();
      } catch (error) {
        refusal = (error as { data?: { error: { code: string; details: unknown } } }).data?.error;
      }
    }
    expect(refusal).toMatchObject({ code: 'rate_limited', details: { retryAfter: expect.any(Number) } });

    let res: Response | undefined;
    for (let i = 0; i < 40; i++) {
      res = await relay.api('/api/v1/sites');
      if (res.status === 429) break;
    }
    expect(res?.status).toBe(429);
    expect(Number(res?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await res?.json()).toMatchObject({ error: { code: 'rate_limited' } });

    // The socket already connected keeps working within its own budget, and /metrics counts the refusals.
    expectOk(await request<Message[]>(socket, 'messages:sync', { afterSeq: 0 }));
    const metrics = await (await fetch(`${relay.url}/metrics`)).text();
    expect(metrics).toMatch(/parley_rate_limited_total\{limit="visitorSend"\} [1-9]/);
    expect(metrics).toMatch(/parley_rate_limited_total\{limit="handshakePerIp"\} [1-9]/);
    expect(metrics).toMatch(/parley_rate_limited_total\{limit="apiPerIp"\} [1-9]/);
  });
});
