import { MAX_MESSAGE_LENGTH, type Message } from '@parley/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collect,
  errorOf,
  expectOk,
  nextEvent,
  refusedHandshake,
  request,
  sleep,
  startRelay,
  type TestRelay,
  untyped,
} from '../../test/relay-fixture.ts';
import { signVisitorToken } from '../auth/visitor-token.ts';

describe('/visitor namespace', () => {
  let relay: TestRelay;

  beforeAll(async () => {
    relay = await startRelay();
  });
  afterAll(() => relay.stop());

  it('starts a session without a conversation until the first message', async () => {
    const { socket, session } = await relay.visitor({ locale: 'fr-FR' });
    expect(session).toMatchObject({ conversationId: null, siteName: relay.demo?.site.name });
    expect(session.visitorToken).toMatch(/^v1\./);
    // What the widget's away mode, rating prompt and email form read before anything is sent.
    expect(session.availability).toEqual({ open: true, agentsOnline: false, nextOpenAt: null });
    expect(session.conversation).toBeNull();
    expect(session.profile).toEqual({ name: null, email: null, userId: null, verified: false });

    const stored = expectOk(
      await request<Message>(socket, 'message:send', {
        clientId: 'fr-1',
        text: '  Bonjour, livrez-vous en Belgique ?  ',
      }),
    );
    expect(stored).toMatchObject({ seq: 1, author: 'visitor', authorId: null, clientId: 'fr-1' });
    expect(stored.text).toBe('Bonjour, livrez-vous en Belgique ?');
    expect(stored).not.toHaveProperty('analysis');
  });

  it('stores a re-sent message once and answers the re-send with the stored one', async () => {
    const { socket } = await relay.visitor();
    const payload = { clientId: 'dup-1', text: 'My parcel has not arrived' };
    const first = expectOk(await request<Message>(socket, 'message:send', payload));
    const again = expectOk(await request<Message>(socket, 'message:send', payload));
    expect(again).toEqual(first);
    const history = expectOk(await request<Message[]>(socket, 'messages:sync', { afterSeq: 0 }));
    expect(history.map((m) => m.clientId)).toEqual(['dup-1']);

    // Concurrent re-sends (a flaky network retrying fast) are stored once too.
    const burst = await Promise.all(
      [1, 2, 3].map(() => request<Message>(socket, 'message:send', { clientId: 'dup-2', text: 'Hello?' })),
    );
    expect(new Set(burst.map((a) => expectOk(a).id)).size).toBe(1);
    const after = expectOk(await request<Message[]>(socket, 'messages:sync', { afterSeq: 0 }));
    expect(after.map((m) => m.seq)).toEqual([1, 2]);
  });

  it('continues the same conversation after a reconnect with the visitor token, and sync returns history', async () => {
    const first = await relay.visitor({ locale: 'vi-VN' });
    const sent = expectOk(
      await request<Message>(first.socket, 'message:send', {
        clientId: 'vi-1',
        text: 'Đơn hàng của tôi ở đâu?',
      }),
    );
    first.socket.disconnect();

    const second = await relay.visitor({ visitorToken: first.session.visitorToken, locale: 'vi-VN' });
    expect(second.session.visitorId).toBe(first.session.visitorId);
    expect(second.session.conversationId).toBe(sent.conversationId);
    expect(second.session.conversation).toEqual({
      conversationId: sent.conversationId,
      status: 'open',
      rating: null,
    });
    const history = expectOk(await request<Message[]>(second.socket, 'messages:sync', { afterSeq: 0 }));
    expect(history.map((m) => m.text)).toEqual(['Đơn hàng của tôi ở đâu?']);
    expect(history[0]).not.toHaveProperty('analysis');
    expect(expectOk(await request<Message[]>(second.socket, 'messages:sync', { afterSeq: 1 }))).toEqual([]);

    const next = expectOk(
      await request<Message>(second.socket, 'message:send', { clientId: 'vi-2', text: 'Cảm ơn' }),
    );
    expect(next).toMatchObject({ conversationId: sent.conversationId, seq: 2 });
  });

  it('shows a message sent in one tab in the shopper’s other tabs', async () => {
    const tab1 = await relay.visitor();
    const tab2 = await relay.visitor({ visitorToken: tab1.session.visitorToken });
    const seenInTab2 = nextEvent<Message>(tab2.socket, 'message');
    const tab1Events = collect<Message>(tab1.socket, 'message');
    const sent = expectOk(
      await request<Message>(tab1.socket, 'message:send', { clientId: 't-1', text: 'hi' }),
    );
    expect((await seenInTab2).id).toBe(sent.id);
    expect(await seenInTab2).not.toHaveProperty('analysis');
    await sleep(50);
    expect(tab1Events).toEqual([]);
  });

  it('never lets a visitor read another visitor’s conversation', async () => {
    const alice = await relay.visitor();
    const secret = expectOk(
      await request<Message>(alice.socket, 'message:send', {
        clientId: 's-1',
        text: 'My address is 12 Rue de la Paix',
      }),
    );
    const mallory = await relay.visitor();
    // The sync payload has no conversation id; smuggling one in changes nothing.
    const synced = expectOk(
      await request<Message[]>(mallory.socket, 'messages:sync', {
        afterSeq: 0,
        conversationId: secret.conversationId,
      }),
    );
    expect(synced).toEqual([]);
    expect(mallory.session.conversationId).toBeNull();
  });

  it('refuses empty and oversized text with their own codes, and nothing is stored', async () => {
    const { socket } = await relay.visitor();
    expect(
      errorOf(await request<Message>(socket, 'message:send', { clientId: 'e-1', text: '   ' })).code,
    ).toBe('message_empty');
    const tooLong = await request<Message>(socket, 'message:send', {
      clientId: 'e-2',
      text: 'a'.repeat(MAX_MESSAGE_LENGTH + 1),
    });
    expect(errorOf(tooLong)).toMatchObject({
      code: 'message_too_long',
      details: { length: MAX_MESSAGE_LENGTH + 1, limit: MAX_MESSAGE_LENGTH },
    });
    expect(expectOk(await request<Message[]>(socket, 'messages:sync', { afterSeq: 0 }))).toEqual([]);
  });

  it('answers malformed payloads with validation_failed and keeps the socket and relay working', async () => {
    const { socket } = await relay.visitor();
    const cases: unknown[] = [
      undefined,
      null,
      'text',
      42,
      { text: 'no client id' },
      { clientId: 'bad id with spaces', text: 'x' },
      { clientId: 'x'.repeat(65), text: 'x' },
      { clientId: 'ok', text: 12 },
    ];
    for (const payload of cases) {
      const ack = await request<Message>(socket, 'message:send', payload);
      expect(errorOf(ack).code, JSON.stringify(payload)).toBe('validation_failed');
    }
    expect(errorOf(await request<Message[]>(socket, 'messages:sync', { afterSeq: -1 })).code).toBe(
      'validation_failed',
    );
    expect(errorOf(await request<Message[]>(socket, 'messages:sync', { afterSeq: 1.5 })).code).toBe(
      'validation_failed',
    );
    // No ack callback: the relay has no one to answer but must not crash.
    untyped(socket).emit('message:send', { clientId: 'no-ack', text: 'fire and forget' });
    untyped(socket).emit('messages:sync');
    const ok = expectOk(
      await request<Message>(socket, 'message:send', { clientId: 'after', text: 'still here?' }),
    );
    expect(ok.text).toBe('still here?');
    const health = await fetch(`${relay.url}/healthz`);
    expect(health.status).toBe(200);
  });

  it('refuses an unknown site key at the handshake with unknown_site', async () => {
    const error = await refusedHandshake(relay.visitor({ siteKey: 'pk_nobody' }));
    expect(error.code).toBe('unknown_site');
    expect(error.message).toMatch(/data-site/);
    expect((await refusedHandshake(relay.visitor({ siteKey: '' }))).code).toBe('validation_failed');
  });

  it('refuses forged, foreign and expired visitor tokens', async () => {
    const { session } = await relay.visitor();
    const forged = `${session.visitorToken.slice(0, -2)}xx`;
    expect((await refusedHandshake(relay.visitor({ visitorToken: forged }))).code).toBe('unauthorized');
    const otherRelaySecret = signVisitorToken('another relay secret', {
      visitorId: session.visitorId,
      siteId: relay.demo!.site.id,
    });
    expect((await refusedHandshake(relay.visitor({ visitorToken: otherRelaySecret }))).code).toBe(
      'unauthorized',
    );
    const expired = signVisitorToken(
      relay.config.visitorTokenSecret,
      { visitorId: session.visitorId, siteId: relay.demo!.site.id },
      { now: Date.now() - 2000, ttlMs: 1000 },
    );
    expect((await refusedHandshake(relay.visitor({ visitorToken: expired }))).code).toBe('token_expired');
  });

  it('enforces a site’s allowed origins, while the relay’s own chat frame stays allowed', async () => {
    const created = await relay.api('/api/v1/sites', {
      method: 'POST',
      body: JSON.stringify({ name: 'Strict shop', allowedOrigins: ['https://shop.example/any/path'] }),
    });
    const site = ((await created.json()) as { data: { publicKey: string; allowedOrigins: string[] } }).data;
    expect(site.allowedOrigins).toEqual(['https://shop.example']);

    const evil = await refusedHandshake(
      relay.visitor({ siteKey: site.publicKey }, { origin: 'https://evil.example' }),
    );
    expect(evil.code).toBe('origin_not_allowed');
    const { session } = await relay.visitor({ siteKey: site.publicKey }, { origin: 'https://shop.example' });
    expect(session.siteName).toBe('Strict shop');
    // The chat frame is served by the relay, so its socket carries the relay's own origin.
    await relay.visitor({ siteKey: site.publicKey }, { origin: relay.url });
  });

  it('refuses an 11th message within ten seconds with rate_limited, and keeps the first ten', async () => {
    const { socket } = await relay.visitor();
    const acks = [];
    for (let i = 0; i < 11; i++) {
      acks.push(
        await request<Message>(socket, 'message:send', { clientId: `burst-${i}`, text: `message ${i}` }),
      );
    }
    expect(acks.slice(0, 10).every((a) => a.ok)).toBe(true);
    expect(errorOf(acks[10]!).code).toBe('rate_limited');
    expect(expectOk(await request<Message[]>(socket, 'messages:sync', { afterSeq: 0 }))).toHaveLength(10);
  });
});
