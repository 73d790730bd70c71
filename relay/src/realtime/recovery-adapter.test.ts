import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { type Socket as ClientSocket, io as connect } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RecoveryAdapter } from './recovery-adapter.ts';

describe('RecoveryAdapter', () => {
  let http: HttpServer;
  let server: Server;
  let url: string;
  const clients: ClientSocket[] = [];

  beforeEach(async () => {
    http = createServer();
    server = new Server(http, {
      connectionStateRecovery: { maxDisconnectionDuration: 60_000 },
      adapter: RecoveryAdapter,
    });
    server.on('connection', (socket) => {
      const room = socket.handshake.auth.room;
      void socket.join(typeof room === 'string' ? room : 'site:a');
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    vi.useRealTimers();
    for (const client of clients.splice(0)) client.close();
    await new Promise((resolve) => server.close(resolve));
  });

  function client(room = 'site:a'): Promise<ClientSocket> {
    const socket = connect(url, {
      transports: ['websocket'],
      reconnectionDelay: 50,
      reconnectionDelayMax: 50,
      auth: { room },
    });
    clients.push(socket);
    return new Promise((resolve) => socket.once('connect', () => resolve(socket)));
  }

  /** Cuts the client's connection the way a network drop does, so the server keeps its session. */
  async function dropConnection(socket: ClientSocket): Promise<void> {
    const disconnected = new Promise((resolve) => socket.once('disconnect', resolve));
    server.sockets.sockets.get(socket.id!)?.conn.close();
    await disconnected;
  }

  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

  it('replays what a client missed while its connection was down, as it was emitted and only what reached it', async () => {
    const shopper = await client();
    const other = await client('site:b');
    const received: unknown[][] = [];
    shopper.on('message', (...args) => received.push(args));
    server.to('site:a').emit('message', { seq: 1, text: 'before' });
    await settle();

    await dropConnection(shopper);
    const message = {
      seq: 2,
      text: 'ใช้แล้วแพ้ค่ะ 🥜 <img src=x onerror=alert(1)> Lumière — “quoted” \\u0041 \\',
      analysis: { intent: 'product_safety', entities: { orderNumbers: [] } },
    };
    server.to('site:a').emit('message', message, { id: 'c1', lastSeq: 2, assigneeId: null });
    server.to('site:b').emit('message', { seq: 99, text: 'another site' });
    server.to(['site:a', 'site:b']).except('site:b').emit('message', { seq: 3, text: 'both, one left out' });
    server.to('site:a').except(['site:a']).emit('message', { seq: 98, text: 'excluded' });
    server.to('site:a').volatile.emit('message', { seq: 97, text: 'volatile is never replayed' });
    server.emit('message', { seq: 4, text: 'everyone' });
    // Mostly beyond Latin-1: kept as it is rather than escaped (six bytes a character instead of two).
    const long = { seq: 5, text: 'แพ้ถั่วลิสงค่ะ 🥜'.repeat(200) };
    server.to('site:a').emit('message', long);

    const reconnected = new Promise<void>((resolve) => shopper.once('connect', () => resolve()));
    await reconnected;
    await settle();
    expect(shopper.recovered).toBe(true);
    // Socket.IO appends the recovery offset to every replayable event's arguments.
    expect(received.every((args) => typeof args.at(-1) === 'string')).toBe(true);
    expect(received.map((args) => args.slice(0, -1))).toEqual([
      [{ seq: 1, text: 'before' }],
      [message, { id: 'c1', lastSeq: 2, assigneeId: null }],
      [{ seq: 3, text: 'both, one left out' }],
      [{ seq: 4, text: 'everyone' }],
      [long],
    ]);
    expect(other.connected).toBe(true);
  });

  it('starts a fresh session for an offset it does not hold: unknown, malformed, from another process, or expired', async () => {
    const adapter = server.of('/').adapter as RecoveryAdapter;
    adapter.persistSession({ sid: 's1', pid: 'p1', rooms: ['site:a'], data: {} });
    server.to('site:a').emit('message', { seq: 1 });
    expect(await adapter.restoreSession('p1', 'not-an-offset')).toBeNull();
    expect(await adapter.restoreSession('p1', 'deadbeef.0')).toBeNull();
    expect(await adapter.restoreSession('unknown-pid', 'x')).toBeNull();
  });

  it('forgets packets and sessions once the window has passed, and a client that was away longer starts fresh', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval'] });
    const standalone = new Server({
      connectionStateRecovery: { maxDisconnectionDuration: 60_000 },
      adapter: RecoveryAdapter,
    });
    const adapter = standalone.of('/').adapter as RecoveryAdapter;
    const offsets: string[] = [];
    const recorder = { type: 2, nsp: '/', data: ['message', { seq: 1 }] };
    adapter.broadcast(recorder, { rooms: new Set(['site:a']) });
    offsets.push(recorder.data.at(-1) as string);
    adapter.persistSession({ sid: 's1', pid: 'p1', rooms: ['site:a'], data: {} });
    expect(adapter.replayablePackets).toBe(1);
    expect(await adapter.restoreSession('p1', offsets[0]!)).toMatchObject({ pid: 'p1', missedPackets: [] });

    vi.advanceTimersByTime(61_000);
    const later = { type: 2, nsp: '/', data: ['message', { seq: 2 }] };
    adapter.broadcast(later, { rooms: new Set(['site:a']) });
    vi.advanceTimersByTime(5_000);
    expect(adapter.replayablePackets).toBe(1);
    expect(await adapter.restoreSession('p1', offsets[0]!)).toBeNull();

    // Offsets keep counting after a sweep: the later packet is still found by its own offset.
    adapter.persistSession({ sid: 's2', pid: 'p2', rooms: ['site:a'], data: {} });
    const third = { type: 2, nsp: '/', data: ['message', { seq: 3 }] };
    adapter.broadcast(third, { rooms: new Set(['site:a']) });
    const restored = await adapter.restoreSession('p2', later.data.at(-1) as string);
    expect(restored?.missedPackets).toEqual([third.data]);
  });

  it('says what it needs when recovery is not configured', () => {
    expect(() => new Server({ adapter: RecoveryAdapter })).toThrow(
      /connectionStateRecovery.maxDisconnectionDuration/,
    );
  });
});
