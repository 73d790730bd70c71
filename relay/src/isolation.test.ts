// Isolation: a shopper reaches only their own thread, an agent only their own site, whatever ids they guess.
import type { ConversationSummary, Message } from '@parley/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collect,
  errorOf,
  expectOk,
  png,
  request,
  sleep,
  startRelay,
  type TestRelay,
  untyped,
  type VisitorClient,
} from '../test/relay-fixture.ts';
import type { SiteRecord } from './storage/types.ts';

describe('isolation between shoppers and between sites', () => {
  let relay: TestRelay;
  let alice: { socket: VisitorClient; session: { visitorToken: string; visitorId: string } };
  let aliceMessage: Message;
  let alicePhoto: string;
  let siteB: SiteRecord;
  let agentB: { token: string };
  let adminB: { token: string };

  beforeAll(async () => {
    relay = await startRelay();
    alice = await relay.visitor();
    const upload = await relay.upload(`Visitor ${alice.session.visitorToken}`, png(), {
      name: 'passport.png',
    });
    alicePhoto = ((await upload.json()) as { data: { id: string } }).data.id;
    aliceMessage = expectOk(
      await request<Message>(alice.socket, 'message:send', {
        clientId: 'secret-1',
        text: 'My address is 12 Rue de la Paix, my passport is attached',
        attachmentIds: [alicePhoto],
      }),
    );
    siteB = await relay.createSite({ name: 'Shop B' });
    agentB = await relay.createAgent({ siteId: siteB.id, name: 'Bao' });
    adminB = await relay.createAgent({ siteId: siteB.id, name: 'Boss B', role: 'admin' });
  });
  afterAll(() => relay.stop());

  it('gives another shopper nothing of Alice’s through any socket event, whatever ids they add', async () => {
    const mallory = await relay.visitor();
    const { socket: agent } = await relay.agent();
    const typingSeen = collect<{ conversationId: string }>(agent, 'typing');
    const readSeen = collect<{ conversationId: string }>(agent, 'read');
    const conversationId = aliceMessage.conversationId;

    const synced = expectOk(
      await request<Message[]>(mallory.socket, 'messages:sync', { afterSeq: 0, conversationId }),
    );
    expect(synced).toEqual([]);
    // Mallory has no conversation yet, so her read mark goes nowhere, and Alice's stays untouched.
    expect(expectOk(await request(mallory.socket, 'messages:read', { seq: 1, conversationId }))).toEqual({
      seq: 0,
    });
    untyped(mallory.socket).emit('typing', { typing: true, conversationId });
    const stolen = await request<Message>(mallory.socket, 'message:send', {
      clientId: 'steal',
      text: 'mine now',
      attachmentIds: [alicePhoto],
      conversationId,
    });
    expect(errorOf(stolen).code).toBe('not_found');
    // A message of her own goes into her own new conversation, never Alice's.
    const own = expectOk(
      await request<Message>(mallory.socket, 'message:send', { clientId: 'm-1', text: 'hi', conversationId }),
    );
    expect(own.conversationId).not.toBe(conversationId);
    expect(own.seq).toBe(1);

    await sleep(100);
    expect(typingSeen.filter((e) => e.conversationId === conversationId)).toEqual([]);
    expect(readSeen.filter((e) => e.conversationId === conversationId)).toEqual([]);
    const summary = await relay.api(`/api/v1/conversations/${conversationId}`);
    expect(((await summary.json()) as { data: ConversationSummary }).data).toMatchObject({
      visitorReadSeq: 0,
      lastSeq: 1,
    });
  });

  it('gives another shopper nothing of Alice’s over HTTP: attachments, and no agent route takes a visitor token', async () => {
    const mallory = await relay.visitor();
    const asMallory = { Authorization: `Visitor ${mallory.session.visitorToken}` };
    const file = await fetch(`${relay.url}/api/v1/attachments/${alicePhoto}`, { headers: asMallory });
    expect(file.status).toBe(404);
    const missing = await fetch(`${relay.url}/api/v1/attachments/does-not-exist`, { headers: asMallory });
    expect(await file.json()).toEqual(await missing.json());
    for (const path of [
      `/api/v1/conversations/${aliceMessage.conversationId}`,
      `/api/v1/conversations/${aliceMessage.conversationId}/messages`,
      `/api/v1/conversations/${aliceMessage.conversationId}/export`,
      '/api/v1/conversations',
    ]) {
      const res = await fetch(`${relay.url}${path}`, { headers: asMallory });
      expect(res.status, path).toBe(401);
    }
    // Alice herself can fetch her file.
    const hers = await fetch(`${relay.url}/api/v1/attachments/${alicePhoto}`, {
      headers: { Authorization: `Visitor ${alice.session.visitorToken}` },
    });
    expect(hers.status).toBe(200);
  });

  it('keeps an agent of site B out of site A over the socket: list, read, reply, assign, resolve, typing', async () => {
    const { socket: b } = await relay.agent(agentB.token);
    const leaked = collect<Message>(b, 'message');
    const conversationId = aliceMessage.conversationId;
    const list = expectOk(await request<ConversationSummary[]>(b, 'conversations:list', {}));
    expect(list.map((c) => c.id)).not.toContain(conversationId);
    const attempts: [string, unknown][] = [
      ['messages:list', { conversationId }],
      ['message:reply', { conversationId, clientId: 'b-1', text: 'Hello from B' }],
      ['messages:read', { conversationId, seq: 1 }],
      ['conversation:assign', { conversationId, agentId: null }],
      ['conversation:resolve', { conversationId }],
    ];
    for (const [event, payload] of attempts) {
      const answer = errorOf(await request(b, event, payload));
      expect(answer.code, event).toBe('not_found');
      // Exactly what a made-up id gets, so an id tells B nothing.
      const made = errorOf(await request(b, event, { ...(payload as object), conversationId: 'made-up' }));
      expect(made, event).toEqual(answer);
    }
    const aliceTyping = collect(alice.socket, 'typing');
    b.emit('typing', { conversationId, typing: true });
    // Alice's own later message reaches site A's agents, not B.
    expectOk(
      await request<Message>(alice.socket, 'message:send', { clientId: 'secret-2', text: 'Still there?' }),
    );
    await sleep(100);
    expect(aliceTyping).toEqual([]);
    expect(leaked).toEqual([]);
    const stored = await relay.api(`/api/v1/conversations/${conversationId}`);
    expect(((await stored.json()) as { data: ConversationSummary }).data).toMatchObject({
      status: 'open',
      assigneeId: null,
      agentReadSeq: 0,
    });
  });

  it('keeps site B’s agents and admins out of site A over HTTP, with the answer a missing id gets', async () => {
    const id = aliceMessage.conversationId;
    const routes: [string, string, unknown?][] = [
      ['GET', `/api/v1/conversations/${id}`],
      ['GET', `/api/v1/conversations/${id}/messages`],
      ['POST', `/api/v1/conversations/${id}/messages`, { clientId: 'b-2', text: 'hi' }],
      ['POST', `/api/v1/conversations/${id}/assign`, { agentId: null }],
      ['POST', `/api/v1/conversations/${id}/resolve`],
      ['POST', `/api/v1/conversations/${id}/reopen`],
      ['GET', `/api/v1/conversations/${id}/export`],
      ['GET', `/api/v1/conversations/${id}/export?format=csv`],
      ['GET', `/api/v1/attachments/${alicePhoto}`],
      ['GET', `/api/v1/sites/${relay.demo!.site.id}`],
      ['PATCH', `/api/v1/sites/${relay.demo!.site.id}`, { name: 'Taken over' }],
      ['PATCH', `/api/v1/agents/${relay.demo!.agent.id}`, { name: 'Taken over' }],
      ['DELETE', `/api/v1/agents/${relay.demo!.agent.id}`],
      ['POST', `/api/v1/agents/${relay.demo!.agent.id}/token`],
      ['DELETE', `/api/v1/visitors/${alice.session.visitorId}`],
    ];
    for (const token of [agentB.token, adminB.token]) {
      for (const [method, path, body] of routes) {
        const res = await relay.api(path, {
          method,
          token,
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        expect(res.status, `${method} ${path}`).toBe(404);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
      }
    }
    const upload = await relay.upload(`Bearer ${agentB.token}`, png(), { conversationId: id });
    expect(upload.status).toBe(404);
    const inbox = await relay.api('/api/v1/conversations?limit=200', { token: agentB.token });
    expect(((await inbox.json()) as { data: ConversationSummary[] }).data.map((c) => c.id)).not.toContain(id);
    const agents = await relay.api(`/api/v1/agents?siteId=${relay.demo!.site.id}`, { token: adminB.token });
    expect(((await agents.json()) as { data: unknown[] }).data).toEqual([]);
    // And nothing changed in site A.
    const stored = await relay.api(`/api/v1/conversations/${id}/messages`);
    expect(((await stored.json()) as { data: Message[] }).data.map((m) => m.author)).toEqual([
      'visitor',
      'visitor',
    ]);
  });
});
