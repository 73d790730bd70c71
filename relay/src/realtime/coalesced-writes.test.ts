import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { io as connect } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { coalesceWebSocketWrites } from './coalesced-writes.ts';

interface CountedStream {
  _write: (...args: unknown[]) => void;
  _writev: (...args: unknown[]) => void;
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function burst(coalesce: boolean): Promise<{ received: number[]; syscalls: number }> {
  const http = createServer();
  const io = new Server(http, { transports: ['websocket'] });
  servers.push(io);
  if (coalesce) coalesceWebSocketWrites(io);
  let syscalls = 0;
  io.engine.on('connection', (raw: { transport: { socket: { _socket: CountedStream } } }) => {
    const tcp = raw.transport.socket._socket;
    for (const method of ['_write', '_writev'] as const) {
      const original = tcp[method].bind(tcp);
      tcp[method] = (...args: unknown[]) => {
        syscalls++;
        original(...args);
      };
    }
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  const client = connect(`http://127.0.0.1:${port}`, { transports: ['websocket'], reconnection: false });
  const received: number[] = [];
  const all = new Promise<void>((resolve) =>
    client.on('n', (n: number) => {
      received.push(n);
      if (received.length === 100) resolve();
    }),
  );
  const [socket] = await Promise.all([
    new Promise<import('socket.io').Socket>((resolve) => io.once('connection', resolve)),
    new Promise<void>((resolve) => client.once('connect', () => resolve())),
  ]);
  syscalls = 0;
  // What a busy turn of the relay does: many results resolved at once, each fanned out to the same agent.
  for (let n = 0; n < 100; n++) socket.emit('n', n);
  await all;
  client.close();
  return { received, syscalls };
}

describe('coalesced WebSocket writes', () => {
  it('delivers a burst in order with a fraction of the writes', async () => {
    const plain = await burst(false);
    const coalesced = await burst(true);
    const inOrder = Array.from({ length: 100 }, (_, n) => n);
    expect(plain.received).toEqual(inOrder);
    expect(coalesced.received).toEqual(inOrder);
    expect(plain.syscalls).toBeGreaterThanOrEqual(100);
    expect(coalesced.syscalls).toBeLessThanOrEqual(5);
  });
});
