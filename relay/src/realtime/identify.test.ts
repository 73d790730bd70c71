// `identify` over the visitor socket: the profile agents see, identity verification with the site's secret, the
// away-mode email follow-up, and the profile's place in erasure and export.
import type { ConversationSummary, Message, VisitorProfile } from '@parley/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorOf,
  expectOk,
  nextEvent,
  nextRow,
  request,
  startRelay,
  type TestRelay,
  untyped,
} from '../../test/relay-fixture.ts';
import { EMAIL_FOLLOW_UP_NOTE, userHashOf } from '../visitor-identity.ts';

describe('identify', () => {
  let relay: TestRelay;
  let secret: string;

  beforeAll(async () => {
    relay = await startRelay();
    const res = await relay.api(`/api/v1/sites/${relay.demo!.site.id}/identity-secret`);
    secret = ((await res.json()) as { data: { identitySecret: string } }).data.identitySecret;
  });
  afterAll(() => relay.stop());

  async function visitorWithConversation(text = 'Is the serum vegan?') {
    const visitor = await relay.visitor({ locale: 'en-GB' });
    const sent = expectOk(
      await request<Message>(untyped(visitor.socket), 'message:send', { clientId: 'm1', text }),
    );
    return { ...visitor, conversationId: sent.conversationId };
  }

  it('stores a name and email, keeps fields left out, and shows agents the profile at once', async () => {
    const { socket: agent } = await relay.agent();
    const visitor = await visitorWithConversation();
    const row = nextRow(untyped(agent), (summary) => summary.visitor.name === 'Mai');
    const profile = expectOk(
      await request<VisitorProfile>(untyped(visitor.socket), 'identify', {
        name: ' Mai ',
        email: 'mai@example.com',
      }),
    );
    expect(profile).toEqual({ name: 'Mai', email: 'mai@example.com', userId: null, verified: false });
    expect((await row).visitor).toEqual(profile);

    const renamed = expectOk(
      await request<VisitorProfile>(untyped(visitor.socket), 'identify', { name: 'Mai T.' }),
    );
    expect(renamed).toEqual({ ...profile, name: 'Mai T.' });
    const summary = (await (await relay.api(`/api/v1/conversations/${visitor.conversationId}`)).json()) as {
      data: ConversationSummary;
    };
    expect(summary.data.visitor).toEqual(renamed);

    // A reloaded widget gets the profile in its session, so it does not ask for the email again.
    visitor.socket.disconnect();
    const back = await relay.visitor({ visitorToken: visitor.session.visitorToken });
    expect(back.session.profile).toEqual(renamed);
  });

  it('verifies a user id signed with the site’s secret, compared in constant time', async () => {
    const visitor = await visitorWithConversation();
    const userHash = userHashOf(secret, 'customer-1001');
    const verified = expectOk(
      await request<VisitorProfile>(untyped(visitor.socket), 'identify', {
        userId: 'customer-1001',
        userHash: userHash.toUpperCase(),
        email: 'buyer@example.com',
      }),
    );
    expect(verified).toEqual({
      name: null,
      email: 'buyer@example.com',
      userId: 'customer-1001',
      verified: true,
    });
  });

  it('refuses a user id without its hash, or with a wrong one, and stores nothing of the payload', async () => {
    const visitor = await visitorWithConversation();
    const socket = untyped(visitor.socket);
    const missing = errorOf(await request(socket, 'identify', { userId: 'customer-1', name: 'Eve' }));
    expect(missing.code).toBe('forbidden');
    expect(missing.message).toMatch(/userHash/);
    const wrong = errorOf(
      await request(socket, 'identify', {
        userId: 'customer-1',
        userHash: userHashOf('not-the-secret', 'customer-1'),
        email: 'eve@example.com',
      }),
    );
    expect(wrong.code).toBe('forbidden');
    // A hash of another user id does not prove this one.
    const borrowed = errorOf(
      await request(socket, 'identify', { userId: 'customer-1', userHash: userHashOf(secret, 'customer-2') }),
    );
    expect(borrowed.code).toBe('forbidden');
    const noUser = errorOf(await request(socket, 'identify', { userHash: userHashOf(secret, 'customer-1') }));
    expect(noUser.code).toBe('validation_failed');

    const summary = (await (await relay.api(`/api/v1/conversations/${visitor.conversationId}`)).json()) as {
      data: ConversationSummary;
    };
    expect(summary.data.visitor).toEqual({ name: null, email: null, userId: null, verified: false });
  });

  it('answers malformed payloads, unknown fields and floods with coded errors', async () => {
    const { socket } = await relay.visitor();
    const bad = async (payload: unknown) => errorOf(await request(untyped(socket), 'identify', payload));
    expect((await bad({ email: 'not an email' })).code).toBe('validation_failed');
    expect((await bad({ name: '' })).code).toBe('validation_failed');
    expect((await bad({ userId: 'u', userHash: 'xyz' })).code).toBe('validation_failed');
    expect((await bad('mai@example.com')).code).toBe('validation_failed');
    // A misspelt field must not pass silently as an unverified identify.
    const unknown = await bad({ user_id: 'customer-1', user_hash: userHashOf(secret, 'customer-1') });
    expect(unknown.code).toBe('validation_failed');
    expect(JSON.stringify(unknown.details)).toContain('user_id');
    expect((await bad({ followUpByEmail: true })).code).toBe('validation_failed');

    const { socket: flooding } = await relay.visitor();
    const acks = await Promise.all(
      Array.from({ length: 80 }, (_, i) => request(untyped(flooding), 'identify', { name: `n${i}` })),
    );
    const refused = acks.filter((ack) => !ack.ok);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((ack) => !ack.ok && ack.error.code === 'rate_limited')).toBe(true);
  });

  it('tells agents in the conversation that the shopper wants an email reply, without the address, once', async () => {
    const { socket: agent } = await relay.agent();
    const visitor = await visitorWithConversation('Do you ship to Chiang Mai?');
    const noteForAgent = nextEvent<Message>(untyped(agent), 'message', (m) => m.author === 'system');
    const noteForShopper = nextEvent<Message>(
      untyped(visitor.socket),
      'message',
      (m) => m.author === 'system',
    );
    expectOk(
      await request(untyped(visitor.socket), 'identify', {
        email: 'away@example.com',
        followUpByEmail: true,
      }),
    );
    const note = await noteForAgent;
    expect(note).toMatchObject({
      conversationId: visitor.conversationId,
      seq: 2,
      text: EMAIL_FOLLOW_UP_NOTE,
    });
    expect(note.text).not.toContain('away@example.com');
    // The shopper's widget gets it too, so its seq numbering has no gap.
    expect((await noteForShopper).seq).toBe(2);

    // Asking again with the same address adds nothing; the stored email is enough for a later request.
    expectOk(await request(untyped(visitor.socket), 'identify', { followUpByEmail: true }));
    const messages = (await (
      await relay.api(`/api/v1/conversations/${visitor.conversationId}/messages`)
    ).json()) as { data: Message[] };
    expect(messages.data.map((m) => m.author)).toEqual(['visitor', 'system']);

    // Before any conversation there is nothing to post into: the email is kept on the profile.
    const { socket: early } = await relay.visitor();
    const profile = expectOk(
      await request<VisitorProfile>(untyped(early), 'identify', {
        email: 'early@example.com',
        followUpByEmail: true,
      }),
    );
    expect(profile.email).toBe('early@example.com');
  });

  it('cannot reach another visitor: identify changes only the caller’s own profile', async () => {
    const owner = await visitorWithConversation();
    const other = await relay.visitor();
    const attempt = errorOf(
      await request(untyped(other.socket), 'identify', {
        name: 'Mallory',
        conversationId: owner.conversationId,
      }),
    );
    expect(attempt.code).toBe('validation_failed');
    expectOk(await request(untyped(other.socket), 'identify', { name: 'Mallory' }));
    const summary = (await (await relay.api(`/api/v1/conversations/${owner.conversationId}`)).json()) as {
      data: ConversationSummary;
    };
    expect(summary.data.visitor.name).toBeNull();
  });

  it('exports the profile with the conversation, and erasure removes it', async () => {
    const visitor = await visitorWithConversation();
    expectOk(
      await request(untyped(visitor.socket), 'identify', { name: 'Kanya', email: 'kanya@example.com' }),
    );
    const exported = (await (
      await relay.api(`/api/v1/conversations/${visitor.conversationId}/export`)
    ).json()) as { conversation: ConversationSummary };
    expect(exported.conversation.visitor).toMatchObject({ name: 'Kanya', email: 'kanya@example.com' });

    const erased = await relay.api(`/api/v1/visitors/${visitor.session.visitorId}`, { method: 'DELETE' });
    expect(erased.status).toBe(200);
    expect(await relay.storage.getVisitor(visitor.session.visitorId)).toBeNull();
    const page = await relay.storage.listConversations({});
    expect(JSON.stringify(page)).not.toContain('kanya@example.com');
  });
});
