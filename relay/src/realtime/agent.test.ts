import type { ConversationSummary, Message } from '@parley/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorOf,
  expectOk,
  nextEvent,
  nextRow,
  refusedHandshake,
  request,
  startRelay,
  type TestRelay,
  untyped,
} from '../../test/relay-fixture.ts';

const THAI_ALLERGY = 'ใช้ครีมนี้แล้วแพ้ค่ะ ผื่นขึ้น ทำยังไงดีคะ';

describe('/agent namespace', () => {
  let relay: TestRelay;

  beforeAll(async () => {
    relay = await startRelay();
  });
  afterAll(() => relay.stop());

  it('delivers a Thai allergy message to a connected agent with its analysis, marked Thai', async () => {
    const { socket: agent, session } = await relay.agent();
    expect(session).toMatchObject({ name: 'Demo Agent', role: 'agent', language: 'en' });
    const { socket: visitor } = await relay.visitor({ locale: 'th-TH' });

    const arriving = nextEvent<Message>(agent, 'message', (m) => m.clientId === 'thai-1');
    const updated = nextRow(agent);
    const ack = await request<Message>(visitor, 'message:send', { clientId: 'thai-1', text: THAI_ALLERGY });
    const stored = expectOk(ack);
    expect(stored.seq).toBe(1);
    expect(stored.analysis).toBeUndefined();

    const seen = await arriving;
    expect(seen.text).toBe(THAI_ALLERGY);
    expect(seen.language).toBe('th');
    expect(seen.analysis?.language).toBe('th');
    expect(seen.analysis?.urgency).toMatch(/^(low|normal|high)$/);

    const summary = await updated;
    expect(summary).toMatchObject({
      id: stored.conversationId,
      language: 'th',
      lastSeq: 1,
      siteName: relay.demo?.site.name,
    });
    expect(summary.lastMessage?.text).toBe(THAI_ALLERGY);
  });

  it('delivers the agent reply to the shopper and to other agents, stored once', async () => {
    const { socket: visitor } = await relay.visitor();
    const { socket: agent } = await relay.agent();
    const { socket: colleague } = await relay.agent();
    const first = expectOk(
      await request<Message>(visitor, 'message:send', { clientId: 'q-1', text: 'Where is my order #1234?' }),
    );

    const shopperSees = nextEvent<Message>(visitor, 'message', (m) => m.author === 'agent');
    const colleagueSees = nextEvent<Message>(colleague, 'message', (m) => m.author === 'agent');
    const reply = {
      conversationId: first.conversationId,
      clientId: 'r-1',
      text: 'It left our Lyon warehouse today.',
    };
    const stored = expectOk(await request<Message>(agent, 'message:reply', reply));
    expect(stored).toMatchObject({ author: 'agent', seq: 2, language: 'en', text: reply.text });

    expect(await shopperSees).toMatchObject({ id: stored.id, text: reply.text, author: 'agent' });
    expect((await colleagueSees).id).toBe(stored.id);

    // A retried reply (lost ack) is answered with the stored message, not stored again.
    const again = expectOk(await request<Message>(agent, 'message:reply', reply));
    expect(again.id).toBe(stored.id);
    const history = expectOk(
      await request<Message[]>(agent, 'messages:list', { conversationId: first.conversationId }),
    );
    expect(history.map((m) => m.seq)).toEqual([1, 2]);
    expect(history[0]?.analysis).toBeDefined();
  });

  it('lists conversations with high urgency first, then the most recently updated', async () => {
    const { socket: agent } = await relay.agent();
    const list = expectOk(await request<ConversationSummary[]>(agent, 'conversations:list', {}));
    expect(list.length).toBeGreaterThanOrEqual(2);
    const rank = (c: ConversationSummary) => (c.urgency === 'high' ? 0 : 1);
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1]!, list[i]!];
      expect(rank(a) < rank(b) || (rank(a) === rank(b) && a.updatedAt >= b.updatedAt)).toBe(true);
    }
    // A payload-less call (just the ack) is accepted too.
    const bare = (await untyped(agent).timeout(5000).emitWithAck('conversations:list')) as { ok: boolean };
    expect(bare.ok).toBe(true);
  });

  it('refuses an unknown token at the handshake with unauthorized', async () => {
    const error = await refusedHandshake(relay.agent('agt_not-a-real-token'));
    expect(error.code).toBe('unauthorized');
  });

  it('answers malformed requests with validation_failed and keeps serving', async () => {
    const { socket: agent } = await relay.agent();
    const bad = await request<Message>(agent, 'message:reply', { conversationId: 42, text: null });
    expect(errorOf(bad).code).toBe('validation_failed');
    expect(errorOf(bad).details).toMatchObject({ issues: expect.arrayContaining([expect.anything()]) });
    expect(errorOf(await request<Message[]>(agent, 'messages:list', 'nope')).code).toBe('validation_failed');
    // No ack callback at all: nothing to answer, and the relay must not fall over.
    untyped(agent).emit('message:reply', { nonsense: true });
    expect(expectOk(await request<ConversationSummary[]>(agent, 'conversations:list', {}))).toBeInstanceOf(
      Array,
    );
  });

  it('confines an agent to their own site: another site is invisible and cannot be answered', async () => {
    // Site B with its own agent, made through the admin API as an operator would.
    const siteRes = await relay.api('/api/v1/sites', {
      method: 'POST',
      body: JSON.stringify({ name: 'Other shop' }),
    });
    expect(siteRes.status).toBe(201);
    const siteB = ((await siteRes.json()) as { data: { id: string; publicKey: string } }).data;
    const agentRes = await relay.api('/api/v1/agents', {
      method: 'POST',
      body: JSON.stringify({ siteId: siteB.id, name: 'Bao', language: 'vi' }),
    });
    expect(agentRes.status).toBe(201);
    const { token: tokenB } = ((await agentRes.json()) as { data: { token: string } }).data;

    // A shopper on site A writes; the agent of site B must neither see nor touch it.
    const { socket: agentB } = await relay.agent(tokenB);
    let leaked = false;
    agentB.on('message', () => {
      leaked = true;
    });
    const { socket: visitorA } = await relay.visitor();
    const messageA = expectOk(
      await request<Message>(visitorA, 'message:send', {
        clientId: 'a-1',
        text: 'Is this cream safe in pregnancy?',
      }),
    );

    const listB = expectOk(await request<ConversationSummary[]>(agentB, 'conversations:list', {}));
    expect(listB.map((c) => c.id)).not.toContain(messageA.conversationId);
    const read = await request<Message[]>(agentB, 'messages:list', {
      conversationId: messageA.conversationId,
    });
    expect(errorOf(read).code).toBe('not_found');
    const reply = await request<Message>(agentB, 'message:reply', {
      conversationId: messageA.conversationId,
      clientId: 'b-1',
      text: 'Hello from another shop',
    });
    expect(errorOf(reply).code).toBe('not_found');

    // The same answer as for an id that does not exist at all, so ids reveal nothing.
    const missing = await request<Message[]>(agentB, 'messages:list', { conversationId: 'does-not-exist' });
    expect(errorOf(missing)).toEqual(errorOf(read));

    // Over HTTP, too.
    const http = await relay.api(`/api/v1/conversations/${messageA.conversationId}/messages`, {
      token: tokenB,
    });
    expect(http.status).toBe(404);
    expect(leaked).toBe(false);

    // The admin sees both sites' conversations.
    const { socket: admin, session } = await relay.agent(relay.adminToken);
    expect(session.role).toBe('admin');
    const all = expectOk(await request<ConversationSummary[]>(admin, 'conversations:list', {}));
    expect(all.map((c) => c.id)).toContain(messageA.conversationId);
  });

  it('refuses more than 10 replies in a burst with rate_limited', async () => {
    const { socket: visitor } = await relay.visitor();
    const first = expectOk(
      await request<Message>(visitor, 'message:send', { clientId: 'rl-0', text: 'hello' }),
    );
    // A fresh agent: the limit is per agent, across all their sockets, and other tests used the demo agent's.
    const created = await relay.api('/api/v1/agents', {
      method: 'POST',
      body: JSON.stringify({ siteId: relay.demo!.site.id, name: 'Burst' }),
    });
    const { token } = ((await created.json()) as { data: { token: string } }).data;
    const { socket: agent } = await relay.agent(token);
    const acks = [];
    for (let i = 0; i < 11; i++) {
      acks.push(
        await request<Message>(agent, 'message:reply', {
          conversationId: first.conversationId,
          clientId: `rl-${i}`,
          text: `reply ${i}`,
        }),
      );
    }
    expect(acks.slice(0, 10).every((a) => a.ok)).toBe(true);
    const limited = errorOf(acks[10]!);
    expect(limited.code).toBe('rate_limited');
    expect(limited.details).toMatchObject({ retryAfterMs: expect.any(Number) });
  });
});
