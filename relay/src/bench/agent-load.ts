// Worker thread of `pnpm bench:relay`: the agents. Kept off the visitors' event loop so that decoding the
// 50× fan-out does not delay the sends being timed.
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { AGENT_NAMESPACE, type Message } from '@parley/shared';
import { io, type Socket } from 'socket.io-client';

export interface AgentLoadInput {
  url: string;
  token: string;
  agents: number;
}

export interface AgentLoadReport {
  /** Delivery latencies in ms, one per (message, agent). */
  latencies: number[];
  /** Per message id, how many agents received it. */
  deliveries: Record<string, number>;
  duplicates: number;
}

const { url, token, agents } = workerData as AgentLoadInput;
const latencies: number[] = [];
const deliveries = new Map<string, number>();
let duplicates = 0;
const sockets: Socket[] = [];

/** Wall-clock ms with sub-ms precision, comparable across threads of this process. */
const now = () => performance.timeOrigin + performance.now();

async function connectAgent(): Promise<void> {
  const socket = io(`${url}${AGENT_NAMESPACE}`, {
    auth: { token },
    transports: ['websocket'],
    reconnection: false,
  });
  const seen = new Set<string>();
  socket.on('message', (message: Message) => {
    const [label, stamp] = message.text.split(' ', 2);
    const sentAt = Number(stamp);
    // Warm-up messages are not measured.
    if (label !== 'bench' || !Number.isFinite(sentAt)) return;
    if (seen.has(message.id)) {
      duplicates++;
      return;
    }
    seen.add(message.id);
    latencies.push(now() - sentAt);
    deliveries.set(message.id, (deliveries.get(message.id) ?? 0) + 1);
    delivered++;
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('session', () => resolve());
    socket.once('connect_error', reject);
  });
  sockets.push(socket);
}

let delivered = 0;

parentPort?.on('message', (command: 'count' | 'report' | 'close') => {
  if (command === 'count') {
    parentPort?.postMessage({ type: 'count', report: delivered });
  } else if (command === 'report') {
    const report: AgentLoadReport = { latencies, deliveries: Object.fromEntries(deliveries), duplicates };
    parentPort?.postMessage({ type: 'report', report });
  } else {
    for (const socket of sockets) socket.close();
    parentPort?.postMessage({ type: 'closed' });
  }
});

Promise.all(Array.from({ length: agents }, connectAgent)).then(
  () => parentPort?.postMessage({ type: 'ready' }),
  (error: unknown) => parentPort?.postMessage({ type: 'error', message: String(error) }),
);
