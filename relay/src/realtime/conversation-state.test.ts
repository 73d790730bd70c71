import { type ConversationSummary, type Message, VISITOR_NAMESPACE } from '@parley/shared';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collect,
  errorOf,
  expectOk,
  nextEvent,
  nextRow,
  png,
  request,
  sleep,
  startRelay,
  type TestRelay,
  untyped,
} from '../../test/relay-fixture.ts';

describe('typing, read state, assignment and resolution in real time', () => {
  let relay: TestRelay;

  beforeAll(async () => {
    relay = await startRelay();
  });
  afterAll(() => relay.stop());

  async function conversationWithAgent() {
    const visitor = await relay.visitor();
    const agent = await relay.agent();
    const first = expectOk(
      await request<Message>(visitor.socket, 'message:send', {
        clientId: 'c-1',
        text: 'Is the serum vegan?',
      }),
    );
    return { visitor, agent, conversationId: first.conversationId };
  }

  it('shows the shopper typing to agents and the agent typing to the shopper, throttled, never stored', async () => {
    const { visitor, agent, conversationId } = await conversationWithAgent();
    const agentSees = collect<{ conversationId: string; typing: boolean }>(agent.socket, 'typing');
    const first = nextEvent(agent.socket, 'typing');
    for (let i = 0; i < 20; i++) visitor.socket.emit('typing', { typing: true });
    await first;
    await sleep(150);
    // Twenty keystrokes inside the repeat window are one indicator for the agent.
    expect(agentSees).toEqual([{ conversationId, typing: true }]);
    const stopped = nextEvent(agent.socket, 'typing', (e: { typing: boolean }) => !e.typing);
    visitor.socket.emit('typing', { typing: false });
    expect(await stopped).toEqual({ conversationId, typing: false });

    const shopperSees = nextEvent<{ typing: boolean }>(visitor.socket, 'typing');
    agent.socket.emit('typing', { conversationId, typing: true });
    expect(await shopperSees).toEqual({ typing: true });
    // When the agent's inbox closes mid-sentence, the shopper stops seeing "typing…".
    const gone = nextEvent<{ typing: boolean }>(visitor.socket, 'typing', (e) => !e.typing);
    agent.socket.disconnect();
    expect(await gone).toEqual({ typing: false });

    // Garbage is dropped silently and changes nothing.
    untyped(visitor.socket).emit('typing', 'yes');
    untyped(visitor.socket).emit('typing', { typing: 'maybe' });
    const history = await relay.api(`/api/v1/conversations/${conversationId}/messages`);
    expect(((await history.json()) as { data: Message[] }).data).toHaveLength(1);
  });

  it('keeps read marks moving forward only, acks them and tells the other side', async () => {
    const { visitor, agent, conversationId } = await conversationWithAgent();
    expectOk(
      await request<Message>(agent.socket, 'message:reply', {
        conversationId,
        clientId: 'r-1',
        text: 'Yes.',
      }),
    );
    const agentLearns = nextEvent<{ conversationId: string; seq: number }>(agent.socket, 'read');
    expect(expectOk(await request<{ seq: number }>(visitor.socket, 'messages:read', { seq: 2 }))).toEqual({
      seq: 2,
    });
    expect(await agentLearns).toEqual({ conversationId, seq: 2 });
    // Backwards or beyond the last message: the mark stays, the answer says where it is.
    expect(expectOk(await request<{ seq: number }>(visitor.socket, 'messages:read', { seq: 1 }))).toEqual({
      seq: 2,
    });
    expect(expectOk(await request<{ seq: number }>(visitor.socket, 'messages:read', { seq: 99 }))).toEqual({
      seq: 2,
    });

    const shopperLearns = nextEvent<{ seq: number }>(visitor.socket, 'read');
    const colleague = await relay.agent();
    const updated = nextEvent<ConversationSummary>(colleague.socket, 'conversation:updated');
    expect(
      expectOk(await request<{ seq: number }>(agent.socket, 'messages:read', { conversationId, seq: 1 })),
    ).toEqual({ seq: 1 });
    expect(await shopperLearns).toEqual({ seq: 1 });
    // A reloaded widget hears how far agents have read right after its session, so "Seen" comes back.
    const reloaded = io(`${relay.url}${VISITOR_NAMESPACE}`, {
      auth: { siteKey: relay.siteKey, visitorToken: visitor.session.visitorToken },
      transports: ['websocket'],
    });
    try {
      expect(await nextEvent<{ seq: number }>(reloaded, 'read')).toEqual({ seq: 1 });
    } finally {
      reloaded.close();
    }
    expect(await updated).toMatchObject({ id: conversationId, agentReadSeq: 1, visitorReadSeq: 2 });
    expect(errorOf(await request(visitor.socket, 'messages:read', { seq: -1 })).code).toBe(
      'validation_failed',
    );
  });

  it('assigns over the agent namespace and tells every agent of the site', async () => {
    const { agent, conversationId } = await conversationWithAgent();
    const colleague = await relay.agent();
    const { agent: mai } = await relay.createAgent({
      siteId: relay.demo!.site.id,
      name: 'Mai',
      language: 'th',
    });
    const updated = nextEvent<ConversationSummary>(
      colleague.socket,
      'conversation:updated',
      (s) => s.id === conversationId,
    );
    const assigned = expectOk(
      await request<ConversationSummary>(agent.socket, 'conversation:assign', {
        conversationId,
        agentId: mai.id,
      }),
    );
    expect(assigned.assigneeId).toBe(mai.id);
    expect((await updated).assigneeId).toBe(mai.id);
    const back = expectOk(
      await request<ConversationSummary>(agent.socket, 'conversation:assign', {
        conversationId,
        agentId: null,
      }),
    );
    expect(back.assigneeId).toBeNull();
    // Someone who is not an agent of this site cannot be given the conversation.
    const other = await relay.createSite();
    const { agent: stranger } = await relay.createAgent({ siteId: other.id, name: 'Stranger' });
    const refused = await request(agent.socket, 'conversation:assign', {
      conversationId,
      agentId: stranger.id,
    });
    expect(errorOf(refused).code).toBe('not_found');
  });

  it('resolves, records the first response, and reopens the same thread when the shopper writes again', async () => {
    const { visitor, agent, conversationId } = await conversationWithAgent();
    const reply = expectOk(
      await request<Message>(agent.socket, 'message:reply', {
        conversationId,
        clientId: 'fr-1',
        text: 'Yes.',
      }),
    );
    const resolved = expectOk(
      await request<ConversationSummary>(agent.socket, 'conversation:resolve', { conversationId }),
    );
    expect(resolved).toMatchObject({ status: 'resolved', firstResponseAt: reply.createdAt });
    expect(resolved.resolvedAt).not.toBeNull();
    const inbox = expectOk(
      await request<ConversationSummary[]>(agent.socket, 'conversations:list', { status: 'open' }),
    );
    expect(inbox.map((c) => c.id)).not.toContain(conversationId);

    // The shopper's page reloads: the thread (and its seq) is still theirs.
    const again = await relay.visitor({ visitorToken: visitor.session.visitorToken });
    expect(again.session.conversationId).toBe(conversationId);
    const reopened = nextRow(agent.socket, (s) => s.id === conversationId);
    const next = expectOk(
      await request<Message>(again.socket, 'message:send', { clientId: 'c-2', text: 'One more question' }),
    );
    expect(next).toMatchObject({ conversationId, seq: 3 });
    expect(await reopened).toMatchObject({ status: 'open', resolvedAt: null });
  });

  it('sends a shopper’s own photo with a message, and refuses another shopper’s', async () => {
    const alice = await relay.visitor();
    const bob = await relay.visitor();
    const upload = async (token: string) => {
      const res = await relay.upload(`Visitor ${token}`, png(), { name: 'broken-jar.png' });
      expect(res.status).toBe(201);
      return ((await res.json()) as { data: { id: string } }).data.id;
    };
    const alicePhoto = await upload(alice.session.visitorToken);
    const bobPhoto = await upload(bob.session.visitorToken);

    const agent = await relay.agent();
    const arriving = nextEvent<Message>(agent.socket, 'message', (m) => m.clientId === 'photo-1');
    const sent = expectOk(
      await request<Message>(alice.socket, 'message:send', {
        clientId: 'photo-1',
        text: 'The jar arrived broken',
        attachmentIds: [alicePhoto],
      }),
    );
    expect(sent.attachments).toEqual([
      expect.objectContaining({ id: alicePhoto, name: 'broken-jar.png', type: 'image/png' }),
    ]);
    expect((await arriving).attachments?.[0]?.url).toBe(`/api/v1/attachments/${alicePhoto}`);

    const stolen = await request<Message>(alice.socket, 'message:send', {
      clientId: 'photo-2',
      text: 'look at this',
      attachmentIds: [bobPhoto],
    });
    expect(errorOf(stolen).code).toBe('not_found');
    const history = expectOk(await request<Message[]>(alice.socket, 'messages:sync', { afterSeq: 0 }));
    expect(history.map((m) => m.clientId)).toEqual(['photo-1']);
    // The re-send of the first message is answered from storage, attachments included.
    const resent = expectOk(
      await request<Message>(alice.socket, 'message:send', {
        clientId: 'photo-1',
        text: 'The jar arrived broken',
        attachmentIds: [alicePhoto],
      }),
    );
    expect(resent).toEqual(sent);
  });
});
