// Every shopper message goes to every agent of the site, so at 500 messages/s and 50 agents the relay writes
// 25,000 WebSocket frames a second, and engine.io hands each one to the kernel in its own writev syscall:
// syscalls were half of the relay's CPU. Corking a socket's TCP stream at its first frame of an event-loop turn
// and uncorking it when the turn's I/O is done sends everything that turn produced for that socket in one
// syscall. A lone frame is delayed by at most the rest of the current turn, not by a timer.
import type { Server } from 'socket.io';

interface TcpStream {
  cork(): void;
  uncork(): void;
  readonly writableCorked: number;
  readonly destroyed: boolean;
}

/** engine.io's WebSocket transport; `socket` is its `ws` WebSocket, whose `_socket` is the TCP stream. */
interface WebSocketTransport {
  readonly name: string;
  send(packets: unknown[]): void;
  readonly socket?: { _socket?: TcpStream };
}

interface EngineSocket {
  readonly transport: WebSocketTransport;
  on(event: 'upgrade', listener: () => void): void;
}

const wrapped = new WeakSet<object>();
/** Streams corked this turn, uncorked together at its end (or at once by `flushCoalescedWrites`). */
const corked = new Set<TcpStream>();
let uncorkScheduled = false;

function uncorkAll(): void {
  uncorkScheduled = false;
  for (const tcp of corked) tcp.uncork();
  corked.clear();
}

/**
 * Sends everything the relay has emitted so far: what is corked, and what engine.io queued behind a write still
 * in flight (it sends those once the previous write completes, which takes a turn or two). Shutdown awaits it
 * before closing connections, which would otherwise drop acks the relay has already given.
 */
export async function flushCoalescedWrites(io: Server): Promise<void> {
  const clients = (io.engine as unknown as { clients: Record<string, { writeBuffer: unknown[] }> }).clients;
  for (let round = 0; round < 20; round++) {
    uncorkAll();
    if (Object.values(clients).every((client) => client.writeBuffer.length === 0)) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export function coalesceWebSocketWrites(io: Server): void {
  const wrapTransport = (socket: EngineSocket) => {
    const transport = socket.transport;
    if (transport.name !== 'websocket') return;
    // All WebSocket transports share one class: wrap its `send` once.
    const prototype = Object.getPrototypeOf(transport) as WebSocketTransport;
    if (wrapped.has(prototype)) return;
    wrapped.add(prototype);
    const send = prototype.send;
    prototype.send = function (this: WebSocketTransport, packets: unknown[]) {
      const tcp = this.socket?._socket;
      if (tcp && !tcp.destroyed && !corked.has(tcp)) {
        tcp.cork();
        corked.add(tcp);
        if (!uncorkScheduled) {
          uncorkScheduled = true;
          setImmediate(uncorkAll);
        }
      }
      send.call(this, packets);
    };
  };
  const onUpgrade = function (this: EngineSocket) {
    wrapTransport(this);
  };
  io.engine.on('connection', (socket: EngineSocket) => {
    if (wrapped.has(Object.getPrototypeOf(socket.transport) as object)) return;
    wrapTransport(socket);
    // A client that starts on long-polling moves to WebSocket later. Once the class is wrapped, no socket needs
    // a listener of its own.
    socket.on('upgrade', onUpgrade);
  });
}
