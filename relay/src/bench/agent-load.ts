// Worker thread of `pnpm bench:relay`: the agents. Kept off the visitors' event loop so that decoding the
// 50× fan-out does not delay the sends being timed. Every measured message carries its number, and what the
// agents record goes into typed arrays sized up front: half a million deliveries kept as strings, Sets and arrays
// made this thread's own garbage collections pause it for up to 180 ms, which showed up as the relay's latency.
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { AGENT_NAMESPACE, type Message } from '@parley/shared';
import { io, type Socket } from 'socket.io-client';
import { readBenchText } from './bench-message.ts';

export interface AgentLoadInput {
  url: string;
  token: string;
  agents: number;
  /** More than the number of measured messages: their numbers run from 0 to capacity - 1. */
  capacity: number;
}

export interface AgentLoadReport {
  /** Delivery latencies in ms, one per (message, agent). */
  latencies: Float64Array;
  /** When each of those messages was sent (wall-clock ms), in the same order. */
  sentAt: Float64Array;
  /** Per message number, how many agents received it. */
  deliveries: Uint16Array;
  /** The same message number received twice by one agent. */
  duplicates: number;
  /** Measured messages whose number or timestamp could not be read. */
  malformed: number;
}

const { url, token, agents, capacity } = workerData as AgentLoadInput;
const latencies = new Float64Array(capacity * agents);
const sentTimes = new Float64Array(capacity * agents);
const deliveries = new Uint16Array(capacity);
let latencyCount = 0;
let duplicates = 0;
let malformed = 0;
let delivered = 0;
const sockets: Socket[] = [];

/** Wall-clock ms with sub-ms precision, comparable across threads of this process. */
const now = () => performance.timeOrigin + performance.now();

async function connectAgent(): Promise<void> {
  const socket = io(`${url}${AGENT_NAMESPACE}`, {
    auth: { token },
    transports: ['websocket'],
    reconnection: false,
  });
  const seen = new Uint8Array(capacity);
  socket.on('message', (message: Message) => {
    const measured = readBenchText('bench', message.text);
    // Warm-up messages are not measured.
    if (!measured) return;
    const { n, sentAt } = measured;
    if (!Number.isInteger(n) || n < 0 || n >= capacity || !Number.isFinite(sentAt)) {
      malformed++;
      return;
    }
    if (seen[n]) {
      duplicates++;
      return;
    }
    seen[n] = 1;
    sentTimes[latencyCount] = sentAt;
    latencies[latencyCount++] = now() - sentAt;
    deliveries[n]!++;
    delivered++;
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('session', () => resolve());
    socket.once('connect_error', reject);
  });
  sockets.push(socket);
}

parentPort?.on('message', (command: 'count' | 'report' | 'close') => {
  if (command === 'count') {
    parentPort?.postMessage({ type: 'count', report: delivered });
  } else if (command === 'report') {
    const report: AgentLoadReport = {
      latencies: latencies.slice(0, latencyCount),
      sentAt: sentTimes.slice(0, latencyCount),
      deliveries,
      duplicates,
      malformed,
    };
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
