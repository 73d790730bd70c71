// @vitest-environment node
// Resume after a relay restart, end to end through the real transport: the chat store over createSocketConnection,
// against a real Socket.IO server on port 0 that is closed and started again on the same port while messages wait.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
  Message,
  VisitorAuth,
  VisitorClientToServerEvents,
  VisitorServerToClientEvents,
} from '@parley/shared';
import { Server } from 'socket.io';
import { afterEach, describe, expect, it } from 'vitest';
import { type ChatStore, createChatStore } from '../src/frame/chat-store.ts';
import { createSocketConnection } from '../src/frame/connection/socket.ts';
import { createMemorySavedChat } from '../src/frame/saved-chat.ts';
import { createVisitorTokenStore } from '../src/frame/visitor-token.ts';

/** What outlives a relay process: the database. */
interface Database {
  messages: Message[];
}

interface TestRelay {
  port: number;
  /** Every `message:send` this process received, re-sends included. */
  received: string[];
  /** Persist messages but never acknowledge them, as a relay that dies between the write and the ack. */
  loseAcks: boolean;
  close(): Promise<void>;
}

const CONVERSATION = 'conv_1';

function storeMessage(db: Database, fields: Pick<Message, 'clientId' | 'author' | 'text'>): Message {
  const message: Message = {
    id: `msg_${db.messages.length + 1}`,
    conversationId: CONVERSATION,
    seq: db.messages.length + 1,
    authorId: fields.author === 'agent' ? 'agent_1' : null,
    language: 'en',
    translations: {},
    createdAt: new Date().toISOString(),
    ...fields,
  };
  db.messages.push(message);
  return message;
}

/**
 * A relay process following the real one's rules: dedupe by clientId, ack only after persisting, sync by afterSeq,
 * the open conversation in the session. `liveOnConnect` is fanned out the moment the frame connects, as an agent
 * reply sent right then would be, so it races the frame's sync.
 */
async function startRelay(db: Database, port = 0, liveOnConnect?: Message): Promise<TestRelay> {
  const http = createServer();
  const io = new Server<VisitorClientToServerEvents, VisitorServerToClientEvents>(http);
  const relay: TestRelay = {
    port: 0,
    received: [],
    loseAcks: false,
    close: () => io.close(),
  };
  io.of('/visitor').on('connection', (socket) => {
    const auth = socket.handshake.auth as VisitorAuth;
    socket.emit('session', {
      visitorToken: auth.visitorToken ?? 'token_1',
      visitorId: 'visitor_1',
      conversationId: db.messages.length ? CONVERSATION : null,
      siteName: 'Demo Store',
      availability: { open: true, agentsOnline: true, nextOpenAt: null },
      conversation: null,
      profile: { name: null, email: null, userId: null, verified: false },
    });
    socket.on('message:send', (payload, ack) => {
      relay.received.push(payload.text);
      const message =
        db.messages.find((m) => m.clientId === payload.clientId) ??
        storeMessage(db, { clientId: payload.clientId, author: 'visitor', text: payload.text });
      if (!relay.loseAcks) ack({ ok: true, data: message });
    });
    socket.on('messages:sync', ({ afterSeq }, ack) =>
      ack({ ok: true, data: db.messages.filter((m) => m.seq > afterSeq) }),
    );
    socket.on('messages:read', ({ seq }, ack) => ack({ ok: true, data: { seq } }));
    if (liveOnConnect) socket.emit('message', liveOnConnect);
  });
  await new Promise<void>((resolve) => http.listen(port, '127.0.0.1', resolve));
  relay.port = (http.address() as AddressInfo).port;
  return relay;
}

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

async function until(condition: () => boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const running: TestRelay[] = [];
const stores: ChatStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) store.stop();
  await Promise.all(running.splice(0).map((relay) => relay.close()));
});

describe('resume after a relay restart', () => {
  it('delivers pending messages once and in order, and merges history without duplicates', async () => {
    const db: Database = { messages: [] };
    const first = await startRelay(db);
    running.push(first);
    const store = createChatStore(
      createSocketConnection({
        url: `http://127.0.0.1:${first.port}`,
        siteKey: 'pk_demo',
        locale: 'en-US',
        tokens: createVisitorTokenStore('pk_demo', memoryStorage()),
        ackTimeoutMs: 2000,
      }),
      { saved: createMemorySavedChat() },
    );
    stores.push(store);
    const newReplies: string[] = [];
    store.onAgentMessage((message) => newReplies.push(message.text));
    const state = () => store.getState();
    const say = (text: string) => {
      store.setDraft(text);
      store.send();
    };

    store.start();
    await until(() => state().status === 'online', 'the first connection');
    say('one');
    await until(() => state().messages.length === 1 && state().outbox.length === 0, '"one" to be acked');

    // "two" is persisted, then the relay goes down before its ack leaves.
    first.loseAcks = true;
    say('two');
    await until(() => db.messages.length === 2, '"two" to be persisted');
    await first.close();
    running.splice(running.indexOf(first), 1);
    await until(() => state().status === 'offline', 'the frame to notice the relay is gone');

    // While it is down, an agent answers through another relay process, and the shopper keeps writing.
    storeMessage(db, { clientId: 'agent_1', author: 'agent', text: 'We are looking into it.' });
    const latest = storeMessage(db, {
      clientId: 'agent_2',
      author: 'agent',
      text: 'Found it: it ships today.',
    });
    say('three');
    say('four');
    expect(state().outbox.map((item) => [item.text, item.status])).toEqual([
      ['two', 'sending'],
      ['three', 'sending'],
      ['four', 'sending'],
    ]);

    const second = await startRelay(db, first.port, latest);
    running.push(second);
    await until(
      // The sync after reconnect completes before the outbox is sent, so an empty outbox means both are done.
      () => state().status === 'online' && state().outbox.length === 0 && db.messages.length === 6,
      'the outbox to drain after the restart',
    );

    const expected = ['one', 'two', 'We are looking into it.', 'Found it: it ships today.', 'three', 'four'];
    // The relay holds each message once, in the order the shopper wrote them.
    expect(db.messages.map((m) => m.text)).toEqual(expected);
    // "two" was found by the sync, so only the messages the relay never had were sent again, in order.
    expect(second.received).toEqual(['three', 'four']);
    // The frame shows the same conversation, each message once, by seq: the live reply that beat the sync neither
    // hid the messages missed before it nor appeared twice when the sync brought it again.
    expect(state().messages.map((m) => [m.seq, m.text])).toEqual(expected.map((text, i) => [i + 1, text]));
    // The host page (unread badge, 'message' callbacks) hears about each reply once.
    expect(newReplies.sort()).toEqual(['Found it: it ships today.', 'We are looking into it.']);
  }, 20_000);
});
