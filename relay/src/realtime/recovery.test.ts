import { type Message, VISITOR_NAMESPACE, type VisitorAuth, type VisitorSession } from '@parley/shared';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectOk,
  request,
  sleep,
  startRelay,
  type TestRelay,
  type VisitorClient,
} from '../../test/relay-fixture.ts';

describe('connection-state recovery through the relay', () => {
  let relay: TestRelay;

  beforeAll(async () => {
    relay = await startRelay();
  });
  afterAll(() => relay.stop());

  it("replays an agent's reply to a shopper whose connection dropped for a moment, and only theirs", async () => {
    // As the widget does: reconnect by itself, with the visitor token it was given.
    let visitorToken: string | undefined;
    const socket: VisitorClient = io(`${relay.url}${VISITOR_NAMESPACE}`, {
      auth: (send) =>
        send({ siteKey: relay.siteKey, ...(visitorToken ? { visitorToken } : {}) } satisfies VisitorAuth),
      transports: ['websocket'],
      reconnectionDelay: 50,
      reconnectionDelayMax: 50,
      forceNew: true,
    });
    try {
      const session = await new Promise<VisitorSession>((resolve) => socket.once('session', resolve));
      visitorToken = session.visitorToken;
      const received: Message[] = [];
      socket.on('message', (message) => received.push(message));
      const asked = expectOk(
        await request<Message>(socket, 'message:send', {
          clientId: 'r-1',
          text: 'Is the blue one in stock?',
        }),
      );

      const { socket: agent } = await relay.agent();
      const { socket: otherShopper } = await relay.visitor();
      expectOk(await request<Message>(otherShopper, 'message:send', { clientId: 'o-1', text: 'Hello?' }));

      // A network drop: the server loses the connection and keeps the session for the recovery window.
      const dropped = new Promise((resolve) => socket.once('disconnect', resolve));
      const visitors = relay.io.of(VISITOR_NAMESPACE);
      visitors.sockets.get(socket.id!)?.conn.close();
      await dropped;

      const reply = expectOk(
        await request<Message>(agent, 'message:reply', {
          conversationId: asked.conversationId,
          clientId: 'a-1',
          text: 'Yes, we have three left.',
        }),
      );
      const reconnected = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      await reconnected;
      for (let i = 0; i < 40 && received.length === 0; i++) await sleep(25);

      expect(socket.recovered).toBe(true);
      expect(received.map((message) => [message.id, message.text])).toEqual([
        [reply.id, 'Yes, we have three left.'],
      ]);
    } finally {
      socket.close();
    }
  });
});
