// Team metrics through the relay: real conversations, agent feedback, JSON, CSV and Prometheus.
import type { Message } from '@parley/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, request, startRelay, type TestRelay, untyped } from '../../test/relay-fixture.ts';
import type { TeamMetrics } from '../team-metrics/compute.ts';

describe('GET /api/v1/metrics/team', () => {
  let relay: TestRelay;
  let thaiConversation: string;

  beforeAll(async () => {
    relay = await startRelay();
    const { socket: agent } = await relay.agent();
    const { socket: thai } = await relay.visitor({ locale: 'th-TH' });
    thaiConversation = expectOk(
      await request<Message>(untyped(thai), 'message:send', { clientId: 't1', text: 'ของยังไม่มาส่งเลยค่ะ' }),
    ).conversationId;
    const { socket: german } = await relay.visitor({ locale: 'de-DE' });
    expectOk(
      await request<Message>(untyped(german), 'message:send', { clientId: 'g1', text: 'Wo ist mein Paket?' }),
    );
    expectOk(
      await request(untyped(agent), 'message:reply', {
        conversationId: thaiConversation,
        clientId: 'r1',
        text: 'ok',
      }),
    );
    await relay.api(`/api/v1/conversations/${thaiConversation}/resolve`, { method: 'POST' });
    await relay.api('/api/v1/assist/suggest', {
      method: 'POST',
      body: JSON.stringify({ conversationId: thaiConversation }),
    });
    const used = await relay.api('/api/v1/assist/feedback', {
      method: 'POST',
      body: JSON.stringify({ kind: 'suggestion_used', conversationId: thaiConversation, source: 'template' }),
    });
    expect(used.status).toBe(204);
    await relay.api('/api/v1/assist/feedback', {
      method: 'POST',
      body: JSON.stringify({ kind: 'intent_corrected', from: 'order_status', to: 'delivery_problem' }),
    });
  });
  afterAll(() => relay.stop());

  it('counts what happened today, by language and market, with suggestion acceptance and corrections', async () => {
    const res = await relay.api('/api/v1/metrics/team');
    const { data } = (await res.json()) as { data: TeamMetrics };
    expect(data.conversations).toBe(2);
    expect(data.volumeByLanguage).toEqual({ de: 1, th: 1 });
    expect(data.volumeByMarket).toEqual({ DE: 1, TH: 1 });
    expect(data.resolutionRate).toBe(0.5);
    expect(data.firstResponseSeconds.p50).not.toBeNull();
    expect(data.suggestions).toEqual({ shown: 3, used: 1, acceptanceRate: 0.333 });
    expect(data.intentCorrections).toEqual({ count: 1, byIntent: { order_status: 1 } });
    const thaiOnly = (await (await relay.api('/api/v1/metrics/team?language=th')).json()) as {
      data: { conversations: number };
    };
    expect(thaiOnly.data.conversations).toBe(1);
  });

  it('exports CSV and feeds Prometheus', async () => {
    const csv = await relay.api('/api/v1/metrics/team?format=csv');
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const text = await csv.text();
    expect(text.split('\n')[0]).toBe('metric,key,value');
    expect(text).toContain('volume_by_language,th,1');
    const prometheus = await (await relay.api('/metrics')).text();
    expect(prometheus).toContain('parley_team_conversations_24h 2');
    expect(prometheus).toMatch(/parley_team_conversations_by_language_24h\{language="th"\} 1/);
  });

  it('refuses a bad range and another site', async () => {
    const backwards = await relay.api(
      '/api/v1/metrics/team?since=2026-02-01T00:00:00Z&until=2026-01-01T00:00:00Z',
    );
    expect(await backwards.json()).toMatchObject({ error: { code: 'validation_failed' } });
    const site = await relay.createSite({ name: 'Shop B' });
    const agentB = await relay.createAgent({ siteId: site.id, name: 'Bao' });
    const foreign = await relay.api('/api/v1/metrics/team', { token: agentB.token });
    expect(((await foreign.json()) as { data: { conversations: number } }).data.conversations).toBe(0);
    const demoSite = ((await (await relay.api('/api/v1/sites')).json()) as { data: { id: string }[] })
      .data[0]!.id;
    const probe = await relay.api(`/api/v1/metrics/team?siteId=${demoSite}`, { token: agentB.token });
    expect(probe.status).toBe(404);
  });

  it('exports corrections on stored messages as JSON Lines for the language benchmark', async () => {
    const messages = (await (
      await relay.api(`/api/v1/conversations/${thaiConversation}/messages`)
    ).json()) as {
      data: Message[];
    };
    const buyerMessage = messages.data.find((m) => m.author === 'visitor')!;
    await relay.api('/api/v1/assist/feedback', {
      method: 'POST',
      body: JSON.stringify({
        kind: 'intent_corrected',
        conversationId: thaiConversation,
        messageId: buyerMessage.id,
        from: buyerMessage.analysis!.intent,
        to: 'delivery_problem',
      }),
    });
    const res = await relay.api('/api/v1/assist/corrections');
    expect(res.headers.get('content-type')).toMatch(/ndjson/);
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      { text: buyerMessage.text, intent: 'delivery_problem', lang: 'th', was: buyerMessage.analysis!.intent },
    ]);
  });
});
