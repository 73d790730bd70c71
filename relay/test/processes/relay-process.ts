// Runs the relay as a real OS process (the entry `pnpm start` uses) for tests that kill, restart or multiply it.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RELAY_NODE_FLAGS } from '../../src/node-flags.ts';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface RelayProcessOptions {
  /** Reuse a data dir (restart after a crash); a fresh temp dir otherwise. */
  dataDir?: string;
  /** Reuse a port (restart behind the same address); a free loopback port otherwise. */
  port?: number;
  adminToken?: string;
  env?: NodeJS.ProcessEnv;
  /** Extra Node.js flags, e.g. `--cpu-prof` for a benchmark profile. */
  nodeArgs?: string[];
}

export interface RelayProcess {
  url: string;
  port: number;
  dataDir: string;
  adminToken: string;
  child: ChildProcess;
  /** Everything the process printed, for failure messages. */
  output(): string;
  /** The demo agent token, when this process created the demo site. */
  demoAgentToken(): Promise<string>;
  /** An admin API call. */
  api(path: string, init?: RequestInit): Promise<Response>;
  /** SIGKILL: no shutdown hooks, no flushing; what was acknowledged must already be on disk. */
  kill(): Promise<void>;
  /** SIGTERM and wait for the graceful shutdown to finish. */
  stop(): Promise<number | null>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitUntilReady(relay: RelayProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (relay.child.exitCode !== null || relay.child.signalCode !== null) {
      throw new Error(`relay exited (${relay.child.exitCode ?? relay.child.signalCode}):\n${relay.output()}`);
    }
    try {
      const response = await fetch(`${relay.url}/readyz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`relay was not ready within ${timeoutMs} ms:\n${relay.output()}`);
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

export async function spawnRelay(options: RelayProcessOptions = {}): Promise<RelayProcess> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'parley-proc-')));
  const port = options.port ?? (await freePort());
  const adminToken = options.adminToken ?? `adm_test_${process.pid}_${Date.now()}`;
  // `node --import tsx` rather than the tsx CLI: one process, so SIGKILL hits the relay itself and not a wrapper.
  const child = spawn(
    process.execPath,
    [...RELAY_NODE_FLAGS, ...(options.nodeArgs ?? []), '--import', 'tsx', 'relay/src/main.ts'],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        PORT: String(port),
        PARLEY_DATA_DIR: dataDir,
        PARLEY_ADMIN_TOKEN: adminToken,
        OPENAI_API_KEY: '',
        LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  child.stdout?.on('data', (chunk) => {
    log += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    log += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  const relay: RelayProcess = {
    url,
    port,
    dataDir,
    adminToken,
    child,
    output: () => log,
    demoAgentToken: async () => (await readFile(join(dataDir, 'demo-agent-token'), 'utf8')).trim(),
    api: (path, init = {}) =>
      fetch(`${url}${path}`, {
        ...init,
        headers: {
          authorization: `Bearer ${adminToken}`,
          'content-type': 'application/json',
          ...init.headers,
        },
      }),
    kill: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited(child);
    },
  };
  try {
    await waitUntilReady(relay, 60_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return relay;
}
