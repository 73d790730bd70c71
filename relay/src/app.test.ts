import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Analysis, ConversationSummary, Message } from '@parley/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, request, startRelay, type TestRelay } from '../test/relay-fixture.ts';
import type { SiteListing } from './app.ts';

const THAI_ALLERGY = 'ใช้ครีมนี้แล้วแพ้ค่ะ ผื่นขึ้น ทำยังไงดีคะ';

/** A raw GET, so the path reaches the relay exactly as written (fetch would normalise "..") */
function rawGet(base: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get(`${base}${path}`, (res) => {
      let body = '';
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

/** A GET whose body arrives exactly as sent, compressed or not (fetch would decode it). */
function getAsSent(url: string, headers: Record<string, string>) {
  return new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('HTTP API', () => {
  let relay: TestRelay;
  let builds: string;
  let siteB: { id: string };
  let tokenB: string;
  let demoConversation: string;

  beforeAll(async () => {
    // A fake widget build next to a file that must never be served; the console is deliberately not built.
    builds = await mkdtemp(join(tmpdir(), 'parley-builds-'));
    await mkdir(join(builds, 'widget', 'frame', 'assets'), { recursive: true });
    await writeFile(join(builds, 'widget', 'widget.js'), 'window.Parley=1;');
    await writeFile(join(builds, 'widget', 'frame', 'index.html'), '<!doctype html><title>chat</title>');
    await writeFile(join(builds, 'widget', 'frame', 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(builds, 'widget', 'frame', '.env'), 'SECRET=1');
    await writeFile(join(builds, 'secret.txt'), 'do not serve');
    relay = await startRelay({
      buildDirs: { widget: join(builds, 'widget'), console: join(builds, 'console-not-built') },
    });

    const { socket } = await relay.visitor({ locale: 'th-TH' });
    demoConversation = expectOk(
      await request<Message>(socket, 'message:send', { clientId: 'h-1', text: THAI_ALLERGY }),
    ).conversationId;

    const site = await relay.api('/api/v1/sites', {
      method: 'POST',
      body: JSON.stringify({ name: 'Shop B' }),
    });
    siteB = ((await site.json()) as { data: { id: string } }).data;
    const agent = await relay.api('/api/v1/agents', {
      method: 'POST',
      body: JSON.stringify({ siteId: siteB.id, name: 'Bea' }),
    });
    expect(agent.status).toBe(201);
    const created = (await agent.json()) as { data: { token: string; agent: Record<string, unknown> } };
    expect(created.data.agent).not.toHaveProperty('tokenHash');
    tokenB = created.data.token;
  });
  afterAll(async () => {
    await relay.stop();
    await rm(builds, { recursive: true, force: true });
  });

  it('answers /healthz with the engine and storage in use', async () => {
    const res = await fetch(`${relay.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', engine: 'offline', storage: 'pglite-memory' });
  });

  it('serves Prometheus metrics, including messages by author and sockets by namespace', async () => {
    const res = await fetch(`${relay.url}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toContain('parley_messages_total{author="visitor"} 1');
    expect(text).toContain('parley_connected_sockets');
    expect(text).toContain('parley_http_request_duration_seconds_bucket');
  });

  it('refuses /api/v1 without a token with a coded 401', async () => {
    const res = await relay.api('/api/v1/conversations', { token: null });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('lists every conversation for the admin, and only their own site’s for an agent', async () => {
    const admin = await relay.api('/api/v1/conversations');
    const all = ((await admin.json()) as { data: ConversationSummary[] }).data;
    expect(all.find((c) => c.id === demoConversation)).toMatchObject({ language: 'th', lastSeq: 1 });

    const demoAgent = await relay.api('/api/v1/conversations?status=open', { token: relay.demoAgentToken });
    expect(((await demoAgent.json()) as { data: ConversationSummary[] }).data.map((c) => c.id)).toContain(
      demoConversation,
    );
    const agentB = await relay.api('/api/v1/conversations', { token: tokenB });
    expect(((await agentB.json()) as { data: ConversationSummary[] }).data).toEqual([]);

    const bad = await relay.api('/api/v1/conversations?status=closed');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'validation_failed' } });
  });

  it('returns a conversation’s messages with analysis, after a given seq, and hides other sites’', async () => {
    const res = await relay.api(`/api/v1/conversations/${demoConversation}/messages`, {
      token: relay.demoAgentToken,
    });
    const messages = ((await res.json()) as { data: Message[] }).data;
    expect(messages).toHaveLength(1);
    expect(messages[0]?.analysis?.language).toBe('th');
    const after = await relay.api(`/api/v1/conversations/${demoConversation}/messages?afterSeq=1`);
    expect(((await after.json()) as { data: Message[] }).data).toEqual([]);
    const bad = await relay.api(`/api/v1/conversations/${demoConversation}/messages?afterSeq=soon`);
    expect(bad.status).toBe(400);
    const foreign = await relay.api(`/api/v1/conversations/${demoConversation}/messages`, { token: tokenB });
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('lists sites with the demo marked, scoped for agents', async () => {
    const admin = ((await (await relay.api('/api/v1/sites')).json()) as { data: SiteListing[] }).data;
    expect(admin.find((s) => s.demo)).toMatchObject({
      publicKey: relay.siteKey,
      name: 'Lumière Skin — demo store',
    });
    expect(admin.map((s) => s.id)).toContain(siteB.id);
    const agentB = (
      (await (await relay.api('/api/v1/sites', { token: tokenB })).json()) as { data: SiteListing[] }
    ).data;
    expect(agentB.map((s) => s.id)).toEqual([siteB.id]);
  });

  it('keeps site and agent creation to the admin, with coded errors for bad bodies', async () => {
    const asAgent = await relay.api('/api/v1/sites', {
      method: 'POST',
      token: relay.demoAgentToken,
      body: JSON.stringify({ name: 'Sneaky' }),
    });
    expect(asAgent.status).toBe(403);

    const notJson = await relay.api('/api/v1/sites', { method: 'POST', body: '{"name": ' });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ error: { code: 'bad_request' } });

    const invalid = await relay.api('/api/v1/sites', {
      method: 'POST',
      body: JSON.stringify({ allowedOrigins: ['not a url'] }),
    });
    expect(invalid.status).toBe(400);
    const body = (await invalid.json()) as {
      error: { code: string; details: { issues: { field: string }[] } };
    };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details.issues.map((i) => i.field)).toEqual(
      expect.arrayContaining(['name', 'allowedOrigins.0']),
    );

    const huge = await relay.api('/api/v1/sites', {
      method: 'POST',
      body: JSON.stringify({ name: 'x'.repeat(300_000) }),
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: { code: 'payload_too_large' } });

    const noSite = await relay.api('/api/v1/agents', {
      method: 'POST',
      body: JSON.stringify({ siteId: 'missing', name: 'Nobody' }),
    });
    expect(noSite.status).toBe(404);
  });

  it('analyses text on demand for the extension’s assist API', async () => {
    const res = await relay.api('/api/v1/assist/analyze', {
      method: 'POST',
      token: relay.demoAgentToken,
      body: JSON.stringify({ text: THAI_ALLERGY, locale: 'th-TH' }),
    });
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: Analysis };
    expect(data).toMatchObject({ language: 'th', degraded: false });
    // "terima kasih" alone reads as Indonesian; the buyer's earlier Malay or a Malaysian store says otherwise.
    for (const hints of [
      { history: ['bila barang sampai? dah seminggu saya tunggu'] },
      { markets: ['ms', 'en'] },
    ]) {
      const hinted = await relay.api('/api/v1/assist/analyze', {
        method: 'POST',
        token: relay.demoAgentToken,
        body: JSON.stringify({ text: 'terima kasih', ...hints }),
      });
      expect(((await hinted.json()) as { data: Analysis }).data.language).toBe('ms');
    }
    const badMarkets = await relay.api('/api/v1/assist/analyze', {
      method: 'POST',
      body: JSON.stringify({ text: 'hi', markets: ['Malay'] }),
    });
    expect(badMarkets.status).toBe(400);
    const empty = await relay.api('/api/v1/assist/analyze', {
      method: 'POST',
      body: JSON.stringify({ text: ' ' }),
    });
    expect(await empty.json()).toMatchObject({ error: { code: 'message_empty' } });
    const long = await relay.api('/api/v1/assist/analyze', {
      method: 'POST',
      body: JSON.stringify({ text: 'a'.repeat(4001) }),
    });
    expect(long.status).toBe(413);
    expect(await long.json()).toMatchObject({ error: { code: 'message_too_long' } });
  });

  it('answers unknown routes with a coded 404', async () => {
    const api = await relay.api('/api/v1/nothing-here');
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: 'not_found' } });
    expect((await fetch(`${relay.url}/nothing-here`)).status).toBe(404);
  });

  it('lets any origin call the API with a bearer token, without credentials', async () => {
    const res = await fetch(`${relay.url}/api/v1/conversations`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'chrome-extension://abcdefghijklmnop',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(res.status).toBeLessThan(300);
    expect(res.headers.get('access-control-allow-origin')).toBe('chrome-extension://abcdefghijklmnop');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('serves the widget loader to any page with a short cache', async () => {
    const res = await fetch(`${relay.url}/widget.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/javascript/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
    expect(await res.text()).toBe('window.Parley=1;');
  });

  it('serves the chat frame, redirecting /frame to /frame/ with the query kept', async () => {
    const redirect = await fetch(`${relay.url}/frame?site=${relay.siteKey}&locale=th-TH`, {
      redirect: 'manual',
    });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe(`/frame/?site=${relay.siteKey}&locale=th-TH`);
    const frame = await fetch(`${relay.url}/frame/?site=${relay.siteKey}`);
    expect(frame.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await frame.text()).toContain('<title>chat</title>');
    // The demo site allows any origin, so any page may embed its frame.
    expect(frame.headers.get('content-security-policy')).toBeNull();
    const asset = await fetch(`${relay.url}/frame/assets/app.js`);
    expect(asset.headers.get('content-type')).toMatch(/^application\/javascript/);
  });

  it('compresses what it serves for browsers that accept it, brotli first, and caches hashed files for good', async () => {
    const plain = await (
      await fetch(`${relay.url}/frame/assets/app.js`, { headers: { 'accept-encoding': 'identity' } })
    ).arrayBuffer();
    for (const [accept, encoding, decode] of [
      ['gzip, deflate, br', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
      ['br;q=0, gzip', 'gzip', gunzipSync],
    ] as const) {
      const { headers, body } = await getAsSent(`${relay.url}/frame/assets/app.js`, {
        'accept-encoding': accept,
      });
      expect(headers['content-encoding'], accept).toBe(encoding);
      expect(headers.vary).toBe('Accept-Encoding');
      expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(decode(body).equals(Buffer.from(plain))).toBe(true);
    }
    const identity = await getAsSent(`${relay.url}/widget.js`, { 'accept-encoding': 'identity' });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.toString()).toBe('window.Parley=1;');
  });

  it('keeps a strict site’s chat frame on that site’s pages', async () => {
    const res = await relay.api('/api/v1/sites', {
      method: 'POST',
      body: JSON.stringify({ name: 'Strict', allowedOrigins: ['https://shop.example'] }),
    });
    const { publicKey } = ((await res.json()) as { data: { publicKey: string } }).data;
    const frame = await fetch(`${relay.url}/frame/?site=${publicKey}`);
    expect(frame.headers.get('content-security-policy')).toBe("frame-ancestors 'self' https://shop.example");
  });

  it('never serves files outside the build folder, nor dotfiles', async () => {
    for (const path of [
      '/frame/..%2F..%2Fsecret.txt',
      '/frame/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/frame/../../secret.txt',
      '/frame/assets/..%5C..%5C..%5Csecret.txt',
      '/frame/.env',
      '/frame/%00',
      '/frame/%E0%A4%A',
    ]) {
      const res = await rawGet(relay.url, path);
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain('do not serve');
      expect(res.body, path).not.toContain('SECRET');
    }
  });

  it('answers 503 with a fix when a build is missing', async () => {
    const redirect = await fetch(`${relay.url}/console`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/console/');
    for (const path of ['/console/', '/console/assets/app.js']) {
      const res = await fetch(`${relay.url}${path}`);
      expect(res.status).toBe(503);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('unavailable');
      expect(body.error.message).toContain('pnpm build');
    }
  });

  it('serves the demo storefront with the widget installed as a merchant would', async () => {
    const res = await fetch(`${relay.url}/`);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain(`<script src="/widget.js" data-site="${relay.siteKey}" async></script>`);
    expect(html).toContain('Centella Calming Cream');
  });
});
