import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { type Socket as ClientSocket, io as connect } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CompactSessionAdapter } from './compact-session-adapter.ts';

describe('CompactSessionAdapter', () => {
  let http: HttpServer;
  let server: Server;
  let url: string;
  const clients: ClientSocket[] = [];

  beforeEach(async () => {
    http = createServer();
    server = new Server(http, {
      connectionStateRecovery: { maxDisconnectionDuration: 60_000 },
      adapter: CompactSessionAdapter,
    });
    server.on('connection', (socket) => {
      void socket.join('site:a');
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await new Promise((resolve) => server.close(resolve));
  });

  function client(): Promise<ClientSocket> {
    const socket = connect(url, {
      transports: ['websocket'],
      reconnectionDelay: 50,
      reconnectionDelayMax: 50,
    });
    clients.push(socket);
    return new Promise((resolve) => socket.once('connect', () => resolve(socket)));
  }

  /** Cuts the client's connection the way a network drop does, so the server keeps its session. */
  async function dropConnection(socket: ClientSocket): Promise<void> {
    const disconnected = new Promise((resolve) => socket.once('disconnect', resolve));
    const serverSide = server.sockets.sockets.get(socket.id!);
    serverSide?.conn.close();
    await disconnected;
  }

  it('replays what a client missed while its connection was down, as it was emitted', async () => {
    const shopper = await client();
    const received: unknown[][] = [];
    shopper.on('message', (...args) => received.push(args));
    server.to('site:a').emit('message', { seq: 1, text: 'before' });
    await new Promise((resolve) => setTimeout(resolve, 50));

    await dropConnection(shopper);
    const message = {
      seq: 2,
      text: 'ใช้แล้วแพ้ค่ะ',
      analysis: { intent: 'product_safety', entities: { orderNumbers: [] } },
    };
    server.to('site:a').emit('message', message, { id: 'c1', lastSeq: 2, assigneeId: null });
    server.to('site:b').emit('message', { seq: 99, text: 'another site' });
    server.to('site:a').except('site:a').emit('message', { seq: 98, text: 'excluded' });

    const reconnected = new Promise<void>((resolve) => shopper.once('connect', () => resolve()));
    await reconnected;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shopper.recovered).toBe(true);
    // Socket.IO appends the recovery offset to every replayable event's arguments.
    expect(received.map((args) => typeof args.at(-1))).toEqual(['string', 'string']);
    expect(received.map((args) => args.slice(0, -1))).toEqual([
      [{ seq: 1, text: 'before' }],
      [message, { id: 'c1', lastSeq: 2, assigneeId: null }],
    ]);
  });

  it('starts a fresh session when the offset is unknown or the window has passed', async () => {
    const adapter = server.of('/').adapter as CompactSessionAdapter;
    adapter.persistSession({ sid: 's1', pid: 'p1', rooms: ['site:a'], data: {} });
    server.to('site:a').emit('message', { seq: 1 });
    expect(await adapter.restoreSession('p1', 'not-an-offset')).toBeNull();
    expect(await adapter.restoreSession('unknown-pid', 'x')).toBeNull();
  });

  it('says what it needs when recovery is not configured', () => {
    expect(() => new Server({ adapter: CompactSessionAdapter })).toThrow(
      /connectionStateRecovery.maxDisconnectionDuration/,
    );
  });
});
