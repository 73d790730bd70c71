// @vitest-environment node
// The Socket.IO ChatConnection against a real Socket.IO server on port 0 that follows the relay's handshake rules.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ErrorCode, Message, VisitorAuth } from '@parley/shared';
import { Server } from 'socket.io';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSocketConnection } from '../src/frame/connection/socket.ts';
import type { ChatConnection, ConnectionStatus } from '../src/frame/connection/types.ts';
import { createVisitorTokenStore } from '../src/frame/visitor-token.ts';

let io: Server;
let url: string;
let handshakes: VisitorAuth[];
let stored: Message[];
/** What the server heard on `typing` and `messages:read`, in order. */
let signals: unknown[];
let issued = 0;
const open: ChatConnection[] = [];

const refusal = (code: ErrorCode) =>
  Object.assign(new Error(code), { data: { error: { code, message: `Refused: ${code}.` } } });

beforeEach(async () => {
  handshakes = [];
  stored = [];
  signals = [];
  const http = createServer();
  io = new Server(http);
  const visitors = io.of('/visitor');
  visitors.use((socket, next) => {
    const auth = socket.handshake.auth as VisitorAuth;
    handshakes.push(auth);
    if (auth.siteKey === 'pk_unknown') return next(refusal('unknown_site'));
    if (auth.visitorToken === 'expired') return next(refusal('token_expired'));
    next();
  });
  visitors.on('connection', (socket) => {
    const auth = socket.handshake.auth as VisitorAuth;
    socket.emit('session', {
      visitorToken: auth.visitorToken ?? `token_${++issued}`,
      visitorId: 'visitor_1',
      conversationId: null,
      siteName: 'Demo Store',
    });
    socket.on('message:send', (payload, ack) => {
      const message: Message = {
        id: `msg_${stored.length + 1}`,
        conversationId: 'conv_1',
        seq: stored.length + 1,
        clientId: payload.clientId,
        author: 'visitor',
        authorId: null,
        text: payload.text,
        language: 'en',
        translations: {},
        createdAt: new Date().toISOString(),
      };
      stored.push(message);
      ack({ ok: true, data: message });
    });
    socket.on('messages:sync', ({ afterSeq }, ack) =>
      ack({ ok: true, data: stored.filter((message) => message.seq > afterSeq) }),
    );
    socket.on('typing', (payload) => signals.push({ typing: payload }));
    socket.on('messages:read', (payload, ack) => {
      signals.push({ read: payload });
      ack({ ok: true, data: { seq: payload.seq } });
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});

afterEach(async () => {
  for (const connection of open.splice(0)) connection.close();
  await io.close();
});

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

function connect(siteKey: string, storage = memoryStorage()) {
  const statuses: ConnectionStatus[] = [];
  const sessions: string[] = [];
  const connection = createSocketConnection({
    url,
    siteKey,
    locale: 'th-TH',
    tokens: createVisitorTokenStore(siteKey, storage),
    ackTimeoutMs: 2000,
  });
  connection.onStatus((status) => statuses.push(status));
  connection.onSession((session) => sessions.push(session.visitorToken));
  open.push(connection);
  connection.connect();
  return { connection, statuses, sessions, storage };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 3000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('createSocketConnection', () => {
  it('stores the session token under parley:visitor:<site> and presents it on the next visit', async () => {
    const first = connect('pk_demo');
    await until(() => first.sessions.length === 1, 'the session');
    expect(first.storage.items.get('parley:visitor:pk_demo')).toBe('token_1');
    expect(handshakes[0]).toEqual({ siteKey: 'pk_demo', locale: 'th-TH' });
    first.connection.close();

    const reload = connect('pk_demo', first.storage);
    await until(() => reload.sessions.length === 1, 'the second session');
    expect(handshakes[1]).toEqual({ siteKey: 'pk_demo', visitorToken: 'token_1', locale: 'th-TH' });
  });

  it('drops an expired token and reconnects as a new visitor instead of locking the shopper out', async () => {
    const visit = connect('pk_demo', memoryStorage({ 'parley:visitor:pk_demo': 'expired' }));
    await until(() => visit.sessions.length === 1, 'a session after the refusal');
    expect(handshakes.map((auth) => auth.visitorToken)).toEqual(['expired', undefined]);
    expect(visit.storage.items.get('parley:visitor:pk_demo')).toMatch(/^token_/);
    expect(visit.statuses.at(-1)).toEqual({ state: 'online' });
  });

  it('reports an unknown site as refused, with the code, and does not retry', async () => {
    const visit = connect('pk_unknown');
    await until(() => visit.statuses.some((s) => s.state === 'refused'), 'the refusal');
    expect(visit.statuses.at(-1)).toEqual({
      state: 'refused',
      error: { code: 'unknown_site', message: 'Refused: unknown_site.' },
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(handshakes).toHaveLength(1);
  });

  it('resolves sends with the ack, and rejects them while offline so the outbox keeps them', async () => {
    const visit = connect('pk_demo');
    await until(() => visit.statuses.at(-1)?.state === 'online', 'the connection');
    const ack = await visit.connection.send({ clientId: 'client-1', text: 'Hello' });
    expect(ack).toMatchObject({ ok: true, data: { clientId: 'client-1', text: 'Hello', seq: 1 } });
    await expect(visit.connection.sync(0)).resolves.toMatchObject({
      ok: true,
      data: [{ seq: 1, text: 'Hello' }],
    });
    await expect(visit.connection.sync(1)).resolves.toEqual({ ok: true, data: [] });

    visit.connection.close();
    await expect(visit.connection.send({ clientId: 'client-2', text: 'Later' })).rejects.toThrow(/offline/);
  });

  it('carries typing and read receipts both ways, and drops typing while offline instead of queueing it', async () => {
    const visit = connect('pk_demo');
    await until(() => visit.statuses.at(-1)?.state === 'online', 'the connection');
    const heard: unknown[] = [];
    visit.connection.onTyping((typing) => heard.push({ typing }));
    visit.connection.onRead((seq) => heard.push({ read: seq }));

    visit.connection.typing(true);
    await expect(visit.connection.markRead(3)).resolves.toEqual({ ok: true, data: { seq: 3 } });
    expect(signals).toEqual([{ typing: { typing: true } }, { read: { seq: 3 } }]);

    const visitors = io.of('/visitor');
    visitors.emit('typing', { typing: true });
    visitors.emit('read', { seq: 2 });
    visitors.emit('read', { seq: 'not a number' } as unknown as { seq: number });
    visitors.emit('typing', { typing: false });
    await until(() => heard.length === 3, 'the agent events');
    expect(heard).toEqual([{ typing: true }, { read: 2 }, { typing: false }]);

    visit.connection.close();
    visit.connection.typing(true);
    await expect(visit.connection.markRead(4)).rejects.toThrow(/offline/);
    visit.connection.connect();
    await until(() => visit.statuses.at(-1)?.state === 'online', 'the reconnection');
    await expect(visit.connection.markRead(4)).resolves.toMatchObject({ ok: true });
    // The typing from while the chat was closed never reached the relay, not even after it reconnected.
    expect(signals).toEqual([{ typing: { typing: true } }, { read: { seq: 3 } }, { read: { seq: 4 } }]);
  });
});
