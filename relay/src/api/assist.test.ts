// The assist API for agents: suggestions for a relay conversation or a foreign page, and compose assist.
import type { ComposeResult, Message, SuggestResult } from '@parley/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, request, startRelay, type TestRelay } from '../../test/relay-fixture.ts';

const THAI_ALLERGY = 'ใช้ครีมนี้แล้วแพ้ค่ะ หน้าแดงเป็นผื่นเลย ต้องทำยังไงดีคะ';

describe('POST /api/v1/assist/suggest and /compose', () => {
  let relay: TestRelay;
  let conversationId: string;
  let agentB: { token: string };

  beforeAll(async () => {
    relay = await startRelay();
    const { socket } = await relay.visitor({ locale: 'th-TH' });
    const sent = expectOk(
      await request<Message>(socket, 'message:send', { clientId: 'a1', text: THAI_ALLERGY }),
    );
    conversationId = sent.conversationId;
    const siteB = await relay.createSite({ name: 'Shop B' });
    agentB = await relay.createAgent({ siteId: siteB.id, name: 'Bao' });
  });
  afterAll(() => relay.stop());

  const post = (path: string, body: unknown, token?: string) =>
    relay.api(path, { method: 'POST', body: JSON.stringify(body), ...(token ? { token } : {}) });

  it('suggests the safety script for the conversation’s latest buyer message, nothing sent', async () => {
    const res = await post('/api/v1/assist/suggest', { conversationId }, relay.demoAgentToken);
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: SuggestResult };
    expect(data).toMatchObject({ intent: 'product_safety', language: 'th', degraded: false });
    expect(data.suggestions).toHaveLength(3);
    expect(data.suggestions[0]).toMatchObject({
      source: 'template',
      templateId: 'product_safety.stop_using',
    });
    expect(data.suggestions[0]!.text).toContain('หยุดใช้');
    expect(data.suggestions[0]!.backTranslation.length).toBeGreaterThan(20);
    const messages = await relay.api(`/api/v1/conversations/${conversationId}/messages`);
    expect(((await messages.json()) as { data: Message[] }).data).toHaveLength(1);
  });

  it('writes Thai replies with the request’s persona: ค่ะ for a woman, ครับ for a man', async () => {
    const token = relay.demoAgentToken;
    const lastWord = (data: SuggestResult) => data.suggestions[0]!.text.trim().split(/\s+/).at(-1);
    const fromPage = async (gender: 'female' | 'male') => {
      const res = await post('/api/v1/assist/suggest', { text: THAI_ALLERGY, persona: { gender } }, token);
      expect(res.status).toBe(200);
      return ((await res.json()) as { data: SuggestResult }).data;
    };
    const asWoman = await fromPage('female');
    const asMan = await fromPage('male');
    expect(asWoman.suggestions[0]).toMatchObject({ templateId: 'product_safety.stop_using', language: 'th' });
    expect(lastWord(asWoman)).toMatch(/ค่ะ$/);
    expect(asWoman.suggestions[0]!.text).not.toContain('ครับ');
    expect(lastWord(asMan)).toMatch(/ครับ$/);
    expect(asMan.suggestions[0]!.text).not.toMatch(/ค่ะ|คะ/);

    // The same for a relay conversation, and for compose.
    const conversation = await post(
      '/api/v1/assist/suggest',
      { conversationId, persona: { gender: 'male' } },
      token,
    );
    expect(lastWord(((await conversation.json()) as { data: SuggestResult }).data)).toMatch(/ครับ$/);
    const composed = await post(
      '/api/v1/assist/compose',
      {
        text: 'Please stop using the product right away and see a doctor if you feel unwell. Our staff will contact you.',
        conversationId,
        persona: { gender: 'male', displayName: 'Krit' },
      },
      token,
    );
    const { data: compose } = (await composed.json()) as { data: ComposeResult };
    expect(compose.source).toBe('template');
    expect(compose.text).toMatch(/ครับ$/);
  });

  it('refuses a persona it cannot use, with a coded error', async () => {
    const token = relay.demoAgentToken;
    for (const persona of [
      { gender: 'robot' },
      { displayName: '' },
      { gender: 'male', title: 'Dr' },
      'male',
    ]) {
      const res = await post('/api/v1/assist/suggest', { text: THAI_ALLERGY, persona }, token);
      expect(res.status, JSON.stringify(persona)).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: 'validation_failed' } });
    }
  });

  it('suggests for a message read from another page, in that buyer’s language', async () => {
    const res = await post(
      '/api/v1/assist/suggest',
      { text: 'Wo bleibt meine Bestellung? Ich warte seit zwei Wochen.', agentLanguage: 'en' },
      relay.demoAgentToken,
    );
    const { data } = (await res.json()) as { data: SuggestResult };
    expect(data.language).toBe('de');
    expect(data.suggestions.every((s) => s.language === 'de')).toBe(true);
  });

  it('grounds suggestions on the site’s knowledge base and flags what its policy does not allow', async () => {
    const res = await post(
      '/api/v1/assist/suggest',
      { text: 'Can I get a discount if I buy two jars of the cream?', locale: 'en-US' },
      relay.demoAgentToken,
    );
    const { data } = (await res.json()) as { data: SuggestResult };
    expect(data.intent).toBe('pricing_discount');
    expect(data.suggestions[0]).toMatchObject({ source: 'template', templateId: 'pricing_discount.decline' });
    expect(data.suggestions[0]!.warnings).toEqual([]);
    // The demo's promotions policy, on topic for a discount question, right after the script.
    expect(data.suggestions[1]).toMatchObject({ source: 'knowledge', language: 'en' });
    expect(data.suggestions[1]!.text).toMatch(/can't give discounts/);
  });

  it('does not let an agent of another site near the conversation or the site', async () => {
    const res = await post('/api/v1/assist/suggest', { conversationId }, agentB.token);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
    const sites = (await (await relay.api('/api/v1/sites')).json()) as {
      data: { id: string; name: string }[];
    };
    const demoSite = sites.data.find((site) => site.name !== 'Shop B')!;
    const foreign = await post(
      '/api/v1/assist/suggest',
      { text: 'hello', siteId: demoSite.id },
      agentB.token,
    );
    expect(foreign.status).toBe(404);
    const compose = await post('/api/v1/assist/compose', { text: 'hi', conversationId }, agentB.token);
    expect(compose.status).toBe(404);
  });

  it('composes offline: the closest script for the conversation’s buyer, with culture lint', async () => {
    const res = await post(
      '/api/v1/assist/compose',
      {
        text: 'Please stop using the product right away and see a doctor if you feel unwell. Our staff will contact you.',
        conversationId,
      },
      relay.demoAgentToken,
    );
    const { data } = (await res.json()) as { data: ComposeResult };
    expect(data).toMatchObject({
      source: 'template',
      language: 'th',
      templateId: 'product_safety.stop_using',
    });
    const german = await post(
      '/api/v1/assist/compose',
      { text: 'Kannst du ein Foto schicken?', buyerLanguage: 'de', agentLanguage: 'de' },
      relay.demoAgentToken,
    );
    const linted = ((await german.json()) as { data: ComposeResult }).data;
    expect(linted.source).toBe('as_written');
    expect(linted.warnings.map((w) => w.ruleId)).toContain('de-du');
  });

  it('answers bad input with coded errors', async () => {
    const token = relay.demoAgentToken;
    const empty = await post('/api/v1/assist/suggest', { text: '   ' }, token);
    expect(await empty.json()).toMatchObject({ error: { code: 'message_empty' } });
    const long = await post('/api/v1/assist/compose', { text: 'a'.repeat(4001), buyerLanguage: 'th' }, token);
    expect(long.status).toBe(413);
    const neither = await post('/api/v1/assist/compose', { text: 'hello' }, token);
    expect(await neither.json()).toMatchObject({ error: { code: 'validation_failed' } });
    const badLanguage = await post('/api/v1/assist/compose', { text: 'hi', buyerLanguage: 'Thai' }, token);
    expect(badLanguage.status).toBe(400);
    const malformed = await post('/api/v1/assist/suggest', { conversationId: 42 }, token);
    expect(malformed.status).toBe(400);
    const anonymous = await relay.api('/api/v1/assist/suggest', {
      method: 'POST',
      body: JSON.stringify({ text: 'hi' }),
      token: null,
    });
    expect(anonymous.status).toBe(401);
  });
});
