// `pnpm bench:relay`: thousands of shoppers and tens of agents against a real relay process with real
// persistence, and the same fan-out on a bare Socket.IO server in the same run as the baseline.
// Prints figures; it asserts nothing (targets live in DESIGN.md and the issue notes).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Worker } from 'node:worker_threads';
import { type Ack, type Message, VISITOR_NAMESPACE } from '@parley/shared';
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import { freePort, type RelayProcess, repoRoot, spawnRelay } from '../../test/processes/relay-process.ts';
import { startModuleWorker } from '../worker-thread.ts';
import type { AgentLoadInput, AgentLoadReport } from './agent-load.ts';
import { benchText } from './bench-message.ts';
import { nearestRank } from './percentiles.ts';

const { values: args } = parseArgs({
  options: {
    visitors: { type: 'string', default: '5000' },
    agents: { type: 'string', default: '50' },
    rate: { type: 'string', default: '500' },
    /**
     * Seconds measured. The relay's full garbage collections come a minute or two apart at this load, and each
     * stalls every message for a few hundred milliseconds. A 20 s window holds the one that follows the
     * connection ramp and little else, so its p99 is mostly that one stall; two minutes hold it and a
     * steady-state one.
     */
    duration: { type: 'string', default: '120' },
    /** Seconds at the same rate before measuring: JIT, pool connections and caches settle, as in production. */
    warmup: { type: 'string', default: '5' },
    storage: { type: 'string', default: 'pglite' },
    json: { type: 'boolean', default: false },
    /** Write a V8 CPU profile of the relay process into this folder. */
    profile: { type: 'string' },
    /** Extra Node.js flags for the relay process, space-separated (e.g. GC tuning experiments). */
    'relay-node-args': { type: 'string', default: '' },
    /** Run only one of the two targets, for quicker experiments: `parley` or `bare`. */
    only: { type: 'string' },
    /**
     * Write each target's worst visitor→agent latency per 100 ms of send time to FILE.<target>.csv, to see when
     * the tail happens (a stall of everything, or a steady spread) rather than only how long it is.
     */
    timeline: { type: 'string' },
  },
});
const VISITORS = Number(args.visitors);
const AGENTS = Number(args.agents);
const RATE = Number(args.rate);
const DURATION_S = Number(args.duration);
const WARMUP_S = Number(args.warmup);
const CONNECT_BATCH = 250;
/** The schedule never owes more than RATE × DURATION messages, so measured messages are numbered below this. */
const MEASURED_CAPACITY = Math.ceil(RATE * DURATION_S) + 1;
/**
 * After the last send: how long to wait for outstanding acks, and then for every acked message to reach every
 * agent. Only what is still missing after that counts as lost; a relay that is merely behind shows as latency.
 */
const ACK_WAIT_MS = 60_000;
const DELIVERY_WAIT_MS = 60_000;
const log = (line: string) => {
  if (!args.json) process.stderr.write(`${line}\n`);
};

interface Target {
  name: string;
  url: string;
  /** Prometheus text of the server after the run, where it has any. */
  metrics?: () => Promise<string>;
  pid: number;
  siteKey: string;
  agentToken: string;
  stop(): Promise<void>;
}

export interface RunFigures {
  sent: number;
  acked: number;
  /** Sends with no ack at all by the end of the wait: neither stored-and-acknowledged nor refused. */
  unanswered: number;
  errors: Record<string, number>;
  messagesPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  ackLatencyMs: { p50: number; p99: number };
  lost: number;
  duplicated: number;
  /** Measured messages an agent received with a number or time it could not read (a corrupted text). */
  malformed: number;
  connections: number;
  rssPerConnectionKiB: number;
  rssMiB: number;
  /**
   * CPU milliseconds per message while measuring: the server process, the load generator (this process), and
   * the rest of the machine (the database, the kernel's own threads).
   */
  cpuMsPerMessage: { server: number; loadGenerator: number; rest: number };
  /** Inside the relay, from its own /metrics histograms: upper bucket bounds in ms. */
  server?: { persistP50Ms: number; persistP99Ms: number; deliveryP50Ms: number; deliveryP99Ms: number };
}

function histogramBuckets(text: string, metric: string, labels: string): { le: string; count: number }[] {
  return [...text.matchAll(new RegExp(`^${metric}_bucket\\{([^}]*)\\} (\\d+)`, 'gm'))]
    .filter((m) => m[1]!.includes(labels))
    .map((m) => ({ le: /le="([^"]+)"/.exec(m[1]!)![1]!, count: Number(m[2]) }));
}

/**
 * The upper bound (ms) of the histogram bucket holding quantile q, from Prometheus text, counting only what
 * was observed after `before` (the warm-up).
 */
function bucketQuantile(text: string, before: string, metric: string, q: number, labels = ''): number {
  const earlier = histogramBuckets(before, metric, labels);
  const buckets = histogramBuckets(text, metric, labels).map((b, i) => ({
    le: b.le,
    count: b.count - (earlier[i]?.count ?? 0),
  }));
  const total = buckets.at(-1)?.count ?? 0;
  const hit = buckets.find((b) => b.count >= q * total);
  return hit ? (hit.le === '+Inf' ? Number.POSITIVE_INFINITY : Number(hit.le) * 1000) : Number.NaN;
}

function rssKiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
}

/** CPU time in seconds: the whole machine's busy time, and one process's (all its threads). */
interface CpuReading {
  machine: number;
  server: number;
  bench: number;
}

/** USER_HZ, the unit of /proc's CPU times, is 100 on every Linux Node.js runs on. */
const CLOCK_TICKS = 100;

function readCpu(serverPid: number): CpuReading {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  // user nice system idle iowait irq softirq steal: everything but idle and iowait is busy.
  const busy = ticks.slice(0, 8).reduce((sum, n, i) => (i === 3 || i === 4 ? sum : sum + n), 0);
  const processSeconds = (pid: number) => {
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th fields overall.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  };
  return {
    machine: busy / CLOCK_TICKS,
    server: processSeconds(serverPid),
    bench: processSeconds(process.pid),
  };
}

function percentile(sorted: ArrayLike<number>, p: number): number {
  return Math.round(nearestRank(sorted, p) * 100) / 100;
}

async function waitReady(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error('baseline server exited');
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // starting
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('baseline server did not start');
}

async function startBare(): Promise<Target> {
  const port = await freePort();
  const profileArgs = args.profile ? ['--cpu-prof', `--cpu-prof-dir=${args.profile}/bare`] : [];
  const child = spawn(
    process.execPath,
    [...profileArgs, '--import', 'tsx', 'relay/src/bench/bare-socketio-server.ts'],
    { cwd: repoRoot, env: { ...process.env, PORT: String(port) }, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitReady(url, child);
  return {
    name: 'bare Socket.IO',
    url,
    pid: child.pid!,
    siteKey: 'bench',
    agentToken: 'bench',
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

async function startParley(): Promise<Target> {
  let database: string | undefined;
  const env: NodeJS.ProcessEnv = {
    LOG_LEVEL: 'warn',
    // The load generator is one IP holding thousands of sockets; per-IP limits are for the open internet.
    PARLEY_RATE_LIMITS: 'off',
  };
  if (args.storage === 'postgres') {
    database = `parley_bench_${process.pid}`;
    await adminSql(`CREATE DATABASE ${database}`);
    env.DATABASE_URL = `postgres://postgres@127.0.0.1:5432/${database}`;
  }
  const nodeArgs = [
    ...(args['relay-node-args'] ?? '').split(' ').filter(Boolean),
    ...(args.profile ? ['--cpu-prof', `--cpu-prof-dir=${args.profile}`] : []),
  ];
  const relay: RelayProcess = await spawnRelay({ env, nodeArgs });
  const sites = (await (await relay.api('/api/v1/sites')).json()) as { data: { publicKey: string }[] };
  return {
    name: `Parley relay (${args.storage})`,
    url: relay.url,
    pid: relay.child.pid!,
    siteKey: sites.data[0]!.publicKey,
    agentToken: await relay.demoAgentToken(),
    metrics: async () => (await fetch(`${relay.url}/metrics`)).text(),
    stop: async () => {
      await relay.stop();
      if (database) await adminSql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    },
  };
}

async function adminSql(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/test' });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function connectVisitor(target: Target): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = io(`${target.url}${VISITOR_NAMESPACE}`, {
      auth: { siteKey: target.siteKey, locale: 'en-US' },
      transports: ['websocket'],
      reconnection: false,
    });
    socket.once('session', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

function startAgents(target: Target): Promise<Worker> {
  const worker = startModuleWorker(new URL('./agent-load.ts', import.meta.url), {
    url: target.url,
    token: target.agentToken,
    agents: AGENTS,
    capacity: MEASURED_CAPACITY,
  } satisfies AgentLoadInput);
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (event: { type: string; message?: string }) =>
      event.type === 'ready' ? resolve(worker) : reject(new Error(event.message)),
    );
  });
}

function ask<T>(worker: Worker, command: string, type: string): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (event: { type: string; report?: T }) => {
      if (event.type !== type) return;
      worker.off('message', onMessage);
      resolve(event.report as T);
    };
    worker.on('message', onMessage);
    worker.postMessage(command);
  });
}

interface SendResult {
  sent: number;
  ackLatencies: number[];
  /** Message number → 1 once the relay acknowledged it as stored. */
  acked: Uint8Array;
  ackedCount: number;
  errors: Record<string, number>;
}

/**
 * Sends RATE messages/s round-robin over the visitors for `seconds`, then waits for the acks. Texts start with
 * `label`; the agents time only `bench` messages.
 */
async function send(visitors: Socket[], label: string, seconds: number): Promise<SendResult> {
  const ackLatencies: number[] = [];
  const acked = new Uint8Array(Math.ceil(RATE * seconds) + 1);
  let ackedCount = 0;
  const errors: Record<string, number> = {};
  let sent = 0;
  const started = performance.now();
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const elapsed = performance.now() - started;
      if (elapsed >= seconds * 1000) {
        clearInterval(timer);
        resolve();
        return;
      }
      // Whatever the schedule owes by now: RATE/100 a tick when the timer is on time, more after a late tick
      // (so the offered rate stays at RATE), and nothing on some ticks of a rate under 100/s.
      const owed = Math.floor((elapsed / 1000) * RATE) - sent;
      for (let n = 0; n < owed; n++) {
        const socket = visitors[sendCursor++ % visitors.length]!;
        const sentAt = performance.timeOrigin + performance.now();
        const number = sent++;
        socket.emit(
          'message:send',
          { clientId: randomUUID(), text: benchText(label, number, sentAt) },
          (ack: Ack<Message>) => {
            ackLatencies.push(performance.timeOrigin + performance.now() - sentAt);
            if (ack.ok) {
              acked[number] = 1;
              ackedCount++;
            } else errors[ack.error.code] = (errors[ack.error.code] ?? 0) + 1;
          },
        );
      }
    }, 10);
  });
  const ackDeadline = performance.now() + ACK_WAIT_MS;
  while (ackLatencies.length < sent && performance.now() < ackDeadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { sent, ackLatencies, acked, ackedCount, errors };
}

/** Continues from warm-up into measurement, so each visitor's messages are spread evenly over the run. */
let sendCursor = 0;

/** The worst latency of the messages sent in each 100 ms, counted from the first measured send. */
function writeTimeline(file: string, report: AgentLoadReport): void {
  const first = report.sentAt.reduce((min, t) => Math.min(min, t), Number.POSITIVE_INFINITY);
  const worst = new Map<number, number>();
  report.sentAt.forEach((t, i) => {
    const slot = Math.floor((t - first) / 100);
    worst.set(slot, Math.max(worst.get(slot) ?? 0, report.latencies[i]!));
  });
  const rows = [...worst].sort(([a], [b]) => a - b).map(([slot, ms]) => `${slot * 100},${ms.toFixed(1)}`);
  writeFileSync(file, `sent_ms,worst_latency_ms\n${rows.join('\n')}\n`);
  log(`timeline written to ${file} (0 ms is ${new Date(first).toISOString()})`);
}

function cpuPerMessage(before: CpuReading, after: CpuReading, messages: number) {
  const ms = (seconds: number) => Math.round((seconds / Math.max(messages, 1)) * 1e5) / 100;
  const server = after.server - before.server;
  const bench = after.bench - before.bench;
  return {
    server: ms(server),
    loadGenerator: ms(bench),
    rest: ms(Math.max(0, after.machine - before.machine - server - bench)),
  };
}

async function run(target: Target): Promise<RunFigures> {
  sendCursor = 0;
  const rssBefore = rssKiB(target.pid);
  log(`${target.name}: connecting ${VISITORS} visitors and ${AGENTS} agents…`);
  const visitors: Socket[] = [];
  for (let i = 0; i < VISITORS; i += CONNECT_BATCH) {
    const batch = Math.min(CONNECT_BATCH, VISITORS - i);
    visitors.push(...(await Promise.all(Array.from({ length: batch }, () => connectVisitor(target)))));
  }
  const agents = await startAgents(target);
  const connections = VISITORS + AGENTS;
  const rssConnected = rssKiB(target.pid);

  if (WARMUP_S > 0) {
    log(`${target.name}: warming up at ${RATE} messages/s for ${WARMUP_S} s (not measured)…`);
    await send(visitors, 'warmup', WARMUP_S);
  }
  const metricsBefore = (await target.metrics?.()) ?? '';
  log(`${target.name}: sending ${RATE} messages/s for ${DURATION_S} s…`);
  const started = performance.now();
  const cpuBefore = readCpu(target.pid);
  const { sent, ackLatencies, acked, ackedCount, errors } = await send(visitors, 'bench', DURATION_S);
  const cpuAfter = readCpu(target.pid);
  // Until the last ack: throughput over the time it took to store everything, not just the sending window.
  const seconds = (performance.now() - started) / 1000;
  const answered = ackLatencies.length;
  const deliveryDeadline = performance.now() + DELIVERY_WAIT_MS;
  while (
    (await ask<number>(agents, 'count', 'count')) < ackedCount * AGENTS &&
    performance.now() < deliveryDeadline
  ) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const report = await ask<AgentLoadReport>(agents, 'report', 'report');
  const rssEnd = rssKiB(target.pid);
  await ask(agents, 'close', 'closed');
  await agents.terminate();
  for (const socket of visitors) socket.close();

  const metricsText = await target.metrics?.();
  let lost = 0;
  acked.forEach((stored, n) => {
    if (stored && (report.deliveries[n] ?? 0) < AGENTS) lost++;
  });
  if (args.timeline)
    writeTimeline(`${args.timeline}.${target.name.split(' ')[0]!.toLowerCase()}.csv`, report);
  const sorted = report.latencies.sort();
  const sortedAcks = [...ackLatencies].sort((a, b) => a - b);
  return {
    sent,
    acked: ackedCount,
    errors,
    unanswered: sent - answered,
    messagesPerSecond: Math.round((ackedCount / seconds) * 10) / 10,
    latencyMs: {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: percentile(sorted, 100),
    },
    ackLatencyMs: { p50: percentile(sortedAcks, 50), p99: percentile(sortedAcks, 99) },
    cpuMsPerMessage: cpuPerMessage(cpuBefore, cpuAfter, sent),
    lost,
    duplicated: report.duplicates,
    malformed: report.malformed,
    connections,
    rssPerConnectionKiB: Math.round(((rssConnected - rssBefore) / connections) * 10) / 10,
    rssMiB: Math.round(rssEnd / 1024),
    ...(metricsText
      ? {
          server: {
            persistP50Ms: bucketQuantile(
              metricsText,
              metricsBefore,
              'parley_persist_duration_seconds',
              0.5,
              'author="visitor"',
            ),
            persistP99Ms: bucketQuantile(
              metricsText,
              metricsBefore,
              'parley_persist_duration_seconds',
              0.99,
              'author="visitor"',
            ),
            deliveryP50Ms: bucketQuantile(metricsText, metricsBefore, 'parley_delivery_latency_seconds', 0.5),
            deliveryP99Ms: bucketQuantile(
              metricsText,
              metricsBefore,
              'parley_delivery_latency_seconds',
              0.99,
            ),
          },
        }
      : {}),
  };
}

function print(name: string, f: RunFigures): void {
  log(`\n${name}`);
  log(
    `  sent ${f.sent}, acknowledged ${f.acked}, unanswered ${f.unanswered}, errors ${JSON.stringify(f.errors)}`,
  );
  log(`  throughput            ${f.messagesPerSecond} messages/s`);
  log(
    `  visitor→agent latency p50 ${f.latencyMs.p50} ms, p95 ${f.latencyMs.p95} ms, p99 ${f.latencyMs.p99} ms, max ${f.latencyMs.max} ms`,
  );
  log(`  ack latency           p50 ${f.ackLatencyMs.p50} ms, p99 ${f.ackLatencyMs.p99} ms`);
  log(`  lost ${f.lost}, duplicated ${f.duplicated}${f.malformed ? `, unreadable ${f.malformed}` : ''}`);
  log(
    `  CPU per message       server ${f.cpuMsPerMessage.server} ms, load generator ${f.cpuMsPerMessage.loadGenerator} ms, rest of the machine ${f.cpuMsPerMessage.rest} ms`,
  );
  log(`  server RSS            ${f.rssMiB} MiB at the end, ${f.rssPerConnectionKiB} KiB per connection`);
  if (f.server) {
    log(
      `  inside the relay      persist p50 ≤${f.server.persistP50Ms} ms, p99 ≤${f.server.persistP99Ms} ms; receipt→fan-out p50 ≤${f.server.deliveryP50Ms} ms, p99 ≤${f.server.deliveryP99Ms} ms (histogram buckets)`,
    );
  }
}

async function measure(start: () => Promise<Target>): Promise<{ name: string; figures: RunFigures }> {
  const target = await start();
  const figures = await run(target).finally(() => target.stop());
  return { name: target.name, figures };
}

async function main(): Promise<void> {
  if (args.only !== undefined && args.only !== 'parley' && args.only !== 'bare') {
    throw new Error(`--only takes "parley" or "bare", not "${args.only}"`);
  }
  log(
    `bench:relay — ${VISITORS} visitors, ${AGENTS} agents, ${RATE} messages/s for ${DURATION_S} s after ${WARMUP_S} s of warm-up, 2× fan-out per message: ack + ${AGENTS} agents`,
  );
  const bare = args.only === 'parley' ? undefined : await measure(startBare);
  const parley = args.only === 'bare' ? undefined : await measure(startParley);
  const ratio =
    bare && parley
      ? {
          throughput:
            Math.round((parley.figures.messagesPerSecond / bare.figures.messagesPerSecond) * 1000) / 1000,
          p99Latency: Math.round((parley.figures.latencyMs.p99 / bare.figures.latencyMs.p99) * 100) / 100,
          serverCpu:
            Math.round((parley.figures.cpuMsPerMessage.server / bare.figures.cpuMsPerMessage.server) * 100) /
            100,
        }
      : undefined;
  if (args.json) {
    process.stdout.write(
      `${JSON.stringify({
        visitors: VISITORS,
        agents: AGENTS,
        rate: RATE,
        durationS: DURATION_S,
        warmupS: WARMUP_S,
        storage: args.storage,
        relay: parley?.figures,
        baseline: bare?.figures,
        ratio,
      })}\n`,
    );
    return;
  }
  if (parley) print(parley.name, parley.figures);
  if (bare) print(`${bare.name} (baseline, no persistence)`, bare.figures);
  if (ratio) {
    log(
      `\nratio Parley / bare Socket.IO: throughput ${ratio.throughput}, p99 latency ${ratio.p99Latency}, server CPU per message ${ratio.serverCpu}`,
    );
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench:relay failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
