// The shopper's side of a conversation's state: told when an agent resolves or reopens it, and rating a resolution
// (CSAT) that the team's metrics count.
import type { ConversationSummary, Message, VisitorConversationState } from '@parley/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collect,
  errorOf,
  expectOk,
  nextEvent,
  nextRow,
  request,
  sleep,
  startRelay,
  type TestRelay,
  untyped,
} from '../../test/relay-fixture.ts';
import type { TeamMetrics } from '../team-metrics/compute.ts';

describe('conversation state and rating', () => {
  let relay: TestRelay;

  beforeAll(async () => {
    relay = await startRelay();
  });
  afterAll(() => relay.stop());

  async function conversation() {
    const visitor = await relay.visitor({ locale: 'en-GB' });
    const agent = await relay.agent();
    const sent = expectOk(
      await request<Message>(untyped(visitor.socket), 'message:send', {
        clientId: 'm1',
        text: 'Where is my parcel?',
      }),
    );
    return { visitor, agent, conversationId: sent.conversationId };
  }

  it('tells the shopper when an agent resolves and reopens, and a reloaded widget still offers the rating', async () => {
    const { visitor, agent, conversationId } = await conversation();
    const resolved = nextEvent<VisitorConversationState>(untyped(visitor.socket), 'conversation');
    expectOk(await request(untyped(agent.socket), 'conversation:resolve', { conversationId }));
    expect(await resolved).toEqual({ conversationId, status: 'resolved', rating: null });

    const back = await relay.visitor({ visitorToken: visitor.session.visitorToken });
    expect(back.session.conversation).toEqual({ conversationId, status: 'resolved', rating: null });

    const reopened = nextEvent<VisitorConversationState>(untyped(visitor.socket), 'conversation');
    await relay.api(`/api/v1/conversations/${conversationId}/reopen`, { method: 'POST' });
    expect(await reopened).toEqual({ conversationId, status: 'open', rating: null });
    // Resolving twice is one resolution: the shopper hears of it once.
    const heard = collect<VisitorConversationState>(untyped(visitor.socket), 'conversation');
    await relay.api(`/api/v1/conversations/${conversationId}/resolve`, { method: 'POST' });
    await relay.api(`/api/v1/conversations/${conversationId}/resolve`, { method: 'POST' });
    await sleep(100);
    expect(heard).toEqual([{ conversationId, status: 'resolved', rating: null }]);
  });

  it('records a rating of a resolved conversation, tells the other tabs and agents, and replaces it on a second rating', async () => {
    const { visitor, agent, conversationId } = await conversation();
    const otherTab = await relay.visitor({ visitorToken: visitor.session.visitorToken });
    expectOk(await request(untyped(agent.socket), 'conversation:resolve', { conversationId }));

    const toOtherTab = nextEvent<VisitorConversationState>(
      untyped(otherTab.socket),
      'conversation',
      (state) => state.rating !== null,
    );
    const toAgents = nextRow(untyped(agent.socket), (row) => row.id === conversationId);
    const rated = expectOk(
      await request<VisitorConversationState>(untyped(visitor.socket), 'conversation:rate', {
        rating: 2,
        comment: 'Took a while',
      }),
    );
    expect(rated).toEqual({ conversationId, status: 'resolved', rating: 2 });
    expect(await toOtherTab).toEqual(rated);
    expect((await toAgents).id).toBe(conversationId);

    const again = expectOk(
      await request<VisitorConversationState>(untyped(otherTab.socket), 'conversation:rate', { rating: 4 }),
    );
    expect(again.rating).toBe(4);
    const reloaded = await relay.visitor({ visitorToken: visitor.session.visitorToken });
    expect(reloaded.session.conversation?.rating).toBe(4);
  });

  it('refuses to rate an open conversation, or none, with conflict, and a bad rating with validation_failed', async () => {
    const { visitor } = await conversation();
    const socket = untyped(visitor.socket);
    expect(errorOf(await request(socket, 'conversation:rate', { rating: 5 })).code).toBe('conflict');
    const { socket: newcomer } = await relay.visitor();
    expect(errorOf(await request(untyped(newcomer), 'conversation:rate', { rating: 5 })).code).toBe(
      'conflict',
    );
    for (const payload of [
      { rating: 0 },
      { rating: 6 },
      { rating: 4.5 },
      { rating: '5' },
      {},
      { rating: 5, stars: 5 },
    ]) {
      expect(errorOf(await request(socket, 'conversation:rate', payload)).code).toBe('validation_failed');
    }
  });

  it('lets a new resolution after a reopen be rated anew, and a shopper writing again reopens it for every tab', async () => {
    const { visitor, agent, conversationId } = await conversation();
    expectOk(await request(untyped(agent.socket), 'conversation:resolve', { conversationId }));
    expectOk(await request(untyped(visitor.socket), 'conversation:rate', { rating: 5 }));

    const reopened = nextEvent<VisitorConversationState>(untyped(visitor.socket), 'conversation');
    expectOk(
      await request(untyped(visitor.socket), 'message:send', { clientId: 'm2', text: 'One more thing' }),
    );
    expect(await reopened).toEqual({ conversationId, status: 'open', rating: null });
    expect(errorOf(await request(untyped(visitor.socket), 'conversation:rate', { rating: 1 })).code).toBe(
      'conflict',
    );

    expectOk(await request(untyped(agent.socket), 'conversation:resolve', { conversationId }));
    const rated = expectOk(
      await request<VisitorConversationState>(untyped(visitor.socket), 'conversation:rate', { rating: 1 }),
    );
    expect(rated.rating).toBe(1);
  });

  it('cannot rate another visitor’s conversation: the payload names none, and a stranger has none to rate', async () => {
    const { visitor, agent, conversationId } = await conversation();
    expectOk(await request(untyped(agent.socket), 'conversation:resolve', { conversationId }));
    const { socket: stranger } = await relay.visitor();
    const named = errorOf(
      await request(untyped(stranger), 'conversation:rate', { rating: 1, conversationId }),
    );
    expect(named.code).toBe('validation_failed');
    expect(errorOf(await request(untyped(stranger), 'conversation:rate', { rating: 1 })).code).toBe(
      'conflict',
    );
    const state = (await relay.visitor({ visitorToken: visitor.session.visitorToken })).session.conversation;
    expect(state?.rating).toBeNull();
  });
});

describe('CSAT in the team metrics', () => {
  it('counts a rating made over the socket, the latest one per resolution', async () => {
    const relay = await startRelay();
    try {
      const { socket: agent } = await relay.agent();
      const { socket: visitor } = await relay.visitor({ locale: 'th-TH' });
      const sent = expectOk(
        await request<Message>(untyped(visitor), 'message:send', {
          clientId: 't1',
          text: 'ของยังไม่มาส่งเลยค่ะ',
        }),
      );
      const resolved = expectOk(
        await request<ConversationSummary>(untyped(agent), 'conversation:resolve', {
          conversationId: sent.conversationId,
        }),
      );
      expect(resolved.status).toBe('resolved');
      expectOk(await request(untyped(visitor), 'conversation:rate', { rating: 3 }));
      expectOk(await request(untyped(visitor), 'conversation:rate', { rating: 4 }));
      const res = await relay.api('/api/v1/metrics/team');
      const { data } = (await res.json()) as { data: TeamMetrics };
      expect(data.csat).toEqual({ average: 4, responses: 1 });
    } finally {
      await relay.stop();
    }
  });
});
