import type { Message } from '@parley/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type OpenAITestServer, startOpenAITestServer, testServerEnv } from '../test/openai-test-server.ts';
import { expectOk, nextEvent, request, startRelay, type TestRelay, untyped } from '../test/relay-fixture.ts';

const THAI_ALLERGY = 'ใช้ครีมนี้แล้วแพ้ค่ะ ผื่นขึ้น ทำยังไงดีคะ';

let server: OpenAITestServer;
const relays: TestRelay[] = [];
const llmEnv = () => testServerEnv(server);

beforeEach(async () => {
  server = await startOpenAITestServer();
});
afterEach(async () => {
  for (const relay of relays.splice(0)) await relay.stop();
  await server.close();
});

async function relayWith(options: Parameters<typeof startRelay>[0] = {}): Promise<TestRelay> {
  const relay = await startRelay(options);
  relays.push(relay);
  return relay;
}

async function translate(relay: TestRelay, body: Record<string, unknown>) {
  const res = await relay.api('/api/v1/assist/translate', { method: 'POST', body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('live translation for agents', () => {
  it('delivers the original first, then the same message with its translation, and stores it', async () => {
    const relay = await relayWith({ env: llmEnv() });
    const { socket: agent } = await relay.agent();
    const { socket: visitor } = await relay.visitor({ locale: 'th-TH' });
    const original = nextEvent<Message>(untyped(agent), 'message');
    const translated = nextEvent<Message>(untyped(agent), 'message:translated');
    const sent = expectOk(
      await request<Message>(untyped(visitor), 'message:send', { clientId: 'c1', text: THAI_ALLERGY }),
    );

    expect((await original).translations).toEqual({});
    // The demo site works in English and nobody is assigned yet: the site's default language.
    const withTranslation = await translated;
    expect(withTranslation).toMatchObject({ id: sent.id, text: THAI_ALLERGY });
    expect(withTranslation.translations).toEqual({ en: `[en] ${THAI_ALLERGY}` });

    const listed = await relay.api(`/api/v1/conversations/${sent.conversationId}/messages`);
    const messages = ((await listed.json()) as { data: Message[] }).data;
    expect(messages[0]?.translations).toEqual({ en: `[en] ${THAI_ALLERGY}` });

    const metrics = await (await fetch(`${relay.url}/metrics`)).text();
    expect(metrics).toMatch(/parley_live_translations_total\{outcome="translated"\} 1/);
    expect(metrics).toMatch(
      /parley_llm_tokens_total\{model="test-model",operation="translate",kind="prompt"\} [1-9]/,
    );
  });
});

describe('live translation for the assigned agent', () => {
  it("translates into the assigned agent's language once someone has the conversation", async () => {
    const relay = await relayWith({ env: llmEnv() });
    const sites = (await (await relay.api('/api/v1/sites')).json()) as { data: { id: string }[] };
    const { agent: german } = await relay.createAgent({ siteId: sites.data[0]!.id, language: 'de' });
    const { socket: agent } = await relay.agent();
    const { socket: visitor } = await relay.visitor({ locale: 'th-TH' });
    const first = expectOk(
      await request<Message>(untyped(visitor), 'message:send', { clientId: 'a1', text: THAI_ALLERGY }),
    );
    const assigned = await relay.api(`/api/v1/conversations/${first.conversationId}/assign`, {
      method: 'POST',
      body: JSON.stringify({ agentId: german.id }),
    });
    expect(assigned.status).toBe(200);
    const translated = nextEvent<Message>(untyped(agent), 'message:translated', (m) => m.clientId === 'a2');
    expectOk(await request<Message>(untyped(visitor), 'message:send', { clientId: 'a2', text: 'ยังรออยู่ค่ะ' }));
    expect((await translated).translations).toEqual({ de: '[de] ยังรออยู่ค่ะ' });
  });
});

describe('POST /api/v1/assist/translate', () => {
  it('translates, and back again so the agent can check what the buyer will read', async () => {
    const relay = await relayWith({ env: llmEnv() });
    const { status, body } = await translate(relay, {
      text: 'Your parcel ships today',
      to: 'th',
      back: true,
    });
    expect(status).toBe(200);
    expect(body.data).toEqual({
      text: '[th] Your parcel ships today',
      from: 'en',
      to: 'th',
      cached: false,
      backTranslation: '[en] [th] Your parcel ships today',
    });
  });

  it('answers a repeat from the database cache after a restart, without calling the provider', async () => {
    // PGlite on disk, not in memory: the point is what survives the restart.
    const first = await relayWith({ env: llmEnv(), storage: undefined });
    const ask = { text: 'Where is my order 12345?', from: 'en', to: 'de' };
    expect((await translate(first, ask)).body.data).toMatchObject({ cached: false });
    const calls = server.requests.length;
    const dataDir = first.dataDir;
    relays.splice(relays.indexOf(first), 1);
    await first.stop({ keepDataDir: true });

    const second = await relayWith({ env: llmEnv(), storage: undefined, dataDir });
    expect((await translate(second, ask)).body.data).toMatchObject({
      text: '[de] Where is my order 12345?',
      cached: true,
    });
    expect(server.requests.length).toBe(calls);
  });

  it('refuses clearly when no LLM is configured, and for bad input', async () => {
    const relay = await relayWith();
    const offline = await translate(relay, { text: 'hello', to: 'th' });
    expect(offline.status).toBe(503);
    expect(offline.body).toMatchObject({ error: { code: 'unavailable' } });
    expect((offline.body.error as { message: string }).message).toMatch(/OPENAI_API_KEY or OPENAI_BASE_URL/);
    expect((await translate(relay, { text: 'hello', to: 'Thai!' })).status).toBe(400);
    expect((await translate(relay, { text: '', to: 'th' })).body).toMatchObject({
      error: { code: 'message_empty' },
    });
  });

  it("does not let an agent use another site's glossary", async () => {
    const relay = await relayWith({ env: llmEnv() });
    const other = await relay.createSite();
    const res = await relay.api('/api/v1/assist/translate', {
      method: 'POST',
      token: relay.demoAgentToken,
      body: JSON.stringify({ text: 'hello', to: 'th', siteId: other.id }),
    });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
