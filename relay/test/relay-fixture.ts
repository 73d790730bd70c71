// Test fixture: real relays on port 0 with in-memory PGlite and a temp data dir, plus real socket.io clients.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Ack,
  AGENT_NAMESPACE,
  type Agent,
  type AgentAuth,
  type AgentClientToServerEvents,
  type AgentServerToClientEvents,
  type AgentSession,
  type ConversationSummary,
  type ErrorBody,
  type HandshakeErrorData,
  VISITOR_NAMESPACE,
  type VisitorAuth,
  type VisitorClientToServerEvents,
  type VisitorServerToClientEvents,
  type VisitorSession,
} from '@parley/shared';
import { pino } from 'pino';
import { io, type Socket } from 'socket.io-client';
import { loadConfig } from '../src/config.ts';
import { type CreateRelayOptions, createRelay, type Relay } from '../src/relay.ts';
import type { SiteRecord } from '../src/storage/types.ts';

/** A real 1×1 PNG, for uploads. */
export const PNG_BYTES = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
);
export const png = (): Blob => new Blob([PNG_BYTES], { type: 'image/png' });

export type VisitorClient = Socket<VisitorServerToClientEvents, VisitorClientToServerEvents>;
export type AgentClient = Socket<AgentServerToClientEvents, AgentClientToServerEvents>;

export interface TestRelay extends Relay {
  url: string;
  dataDir: string;
  adminToken: string;
  /** The demo site's public key (the storefront's data-site). */
  siteKey: string;
  demoAgentToken: string;
  /** Connects a visitor and resolves once `session` arrives. */
  visitor(
    auth?: Partial<VisitorAuth>,
    options?: ClientOptions,
  ): Promise<{ socket: VisitorClient; session: VisitorSession }>;
  agent(token?: string): Promise<{ socket: AgentClient; session: AgentSession }>;
  /** Admin API call with the admin token unless another is given. */
  api(path: string, init?: RequestInit & { token?: string | null }): Promise<Response>;
  /** Creates a site through the API (admin token). */
  createSite(body?: Record<string, unknown>): Promise<SiteRecord>;
  /** Creates an agent through the API (admin token unless `as` is given) and returns it with its token. */
  createAgent(
    body: Record<string, unknown> & { siteId: string },
    as?: string,
  ): Promise<{ agent: Agent; token: string }>;
  /** Uploads a file with `Authorization: <authorization>` ("Visitor …" or "Bearer …"). */
  upload(
    authorization: string,
    file: Blob,
    options?: { name?: string; conversationId?: string },
  ): Promise<Response>;
  /** Closes every client this fixture opened, the relay, and removes the data dir unless `keepDataDir`. */
  stop(options?: { keepDataDir?: boolean }): Promise<void>;
}

export interface ClientOptions {
  origin?: string;
}

export interface StartOptions extends Omit<CreateRelayOptions, 'config' | 'env'> {
  /** Reuse a data dir (restart tests); a fresh temp dir otherwise. */
  dataDir?: string;
  env?: NodeJS.ProcessEnv;
}

export const quietLogger = () => pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

export async function startRelay(options: StartOptions = {}): Promise<TestRelay> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'parley-relay-')));
  // A hermetic env: a DATABASE_URL or PORT on the developer's machine must not leak into tests.
  const env = { PARLEY_DATA_DIR: dataDir, ...options.env };
  const config = await loadConfig(env);
  const { dataDir: _ignored, env: _env, ...rest } = options;
  const relay = await createRelay({
    storage: 'memory',
    logger: quietLogger(),
    ...rest,
    config,
    env,
  });
  const { url } = await relay.listen(0, '127.0.0.1');
  const clients: Socket[] = [];
  const api = (path: string, init: RequestInit & { token?: string | null } = {}) => {
    const { token = config.adminToken, headers, ...rest } = init;
    return fetch(`${url}${path}`, {
      ...rest,
      headers: {
        ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
        ...(rest.body === undefined || rest.body instanceof FormData
          ? {}
          : { 'Content-Type': 'application/json' }),
        ...(headers as Record<string, string> | undefined),
      },
    });
  };

  return Object.assign(relay, {
    url,
    dataDir,
    adminToken: config.adminToken,
    siteKey: relay.demo?.site.publicKey ?? '',
    demoAgentToken: relay.demo?.agentToken ?? '',
    async visitor(auth: Partial<VisitorAuth> = {}, clientOptions: ClientOptions = {}) {
      const socket: VisitorClient = io(`${url}${VISITOR_NAMESPACE}`, {
        auth: { siteKey: relay.demo?.site.publicKey, ...auth },
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        ...(clientOptions.origin ? { extraHeaders: { Origin: clientOptions.origin } } : {}),
      });
      clients.push(socket);
      const session = await new Promise<VisitorSession>((resolve, reject) => {
        socket.once('session', resolve);
        socket.once('connect_error', reject);
      });
      return { socket, session };
    },
    async agent(token: string = relay.demo?.agentToken ?? '') {
      const socket: AgentClient = io(`${url}${AGENT_NAMESPACE}`, {
        auth: { token } satisfies AgentAuth,
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
      });
      clients.push(socket);
      const session = await new Promise<AgentSession>((resolve, reject) => {
        socket.once('session', resolve);
        socket.once('connect_error', reject);
      });
      return { socket, session };
    },
    api,
    async createSite(body: Record<string, unknown> = {}) {
      const res = await api('/api/v1/sites', {
        method: 'POST',
        body: JSON.stringify({ name: `Shop ${Math.random().toString(36).slice(2, 8)}`, ...body }),
      });
      if (res.status !== 201) throw new Error(`createSite: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { data: SiteRecord }).data;
    },
    async createAgent(body: Record<string, unknown> & { siteId: string }, as?: string) {
      const res = await api('/api/v1/agents', {
        method: 'POST',
        body: JSON.stringify({ name: 'Agent', ...body }),
        ...(as ? { token: as } : {}),
      });
      if (res.status !== 201) throw new Error(`createAgent: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { data: { agent: Agent; token: string } }).data;
    },
    upload(authorization: string, file: Blob, options: { name?: string; conversationId?: string } = {}) {
      const form = new FormData();
      form.append('file', file, options.name ?? 'photo.png');
      if (options.conversationId) form.append('conversationId', options.conversationId);
      return fetch(`${url}/api/v1/attachments`, {
        method: 'POST',
        headers: { Authorization: authorization },
        body: form,
      });
    },
    async stop(stopOptions: { keepDataDir?: boolean } = {}) {
      for (const client of clients) client.disconnect();
      await relay.close();
      if (!stopOptions.keepDataDir) await rm(dataDir, { recursive: true, force: true });
    },
  });
}

/** The same socket without event typing, to send what a buggy or hostile client might. */
export function untyped(socket: VisitorClient | AgentClient): Socket {
  return socket as unknown as Socket;
}

/** The error a refused handshake delivered to `connect_error`. */
export async function refusedHandshake(connect: Promise<unknown>): Promise<ErrorBody> {
  try {
    await connect;
  } catch (error) {
    const data = (error as { data?: HandshakeErrorData }).data;
    if (data?.error) return data.error;
    throw error;
  }
  throw new Error('The handshake was accepted, but the test expected it to be refused.');
}

/** Emits with an ack and a timeout; resolves with the relay's ack, whatever it says. */
export function request<T>(socket: Socket, event: string, ...args: unknown[]): Promise<Ack<T>> {
  return socket.timeout(5000).emitWithAck(event, ...args) as Promise<Ack<T>>;
}

/** Resolves with the next `event` emitted to `socket` that matches `predicate`. */
export function nextEvent<T>(
  socket: Socket,
  event: string,
  predicate: (value: T) => boolean = () => true,
  timeoutMs = 5000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`No "${event}" event within ${timeoutMs} ms.`));
    }, timeoutMs);
    const listener = (value: T) => {
      if (!predicate(value)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(value);
    };
    socket.on(event, listener);
  });
}

/** Collects every `event` emitted to `socket` from now on. */
export function collect<T>(socket: Socket, event: string): T[] {
  const seen: T[] = [];
  socket.on(event, (value: T) => seen.push(value));
  return seen;
}

export function expectOk<T>(ack: Ack<T>): T {
  if (!ack.ok) throw new Error(`Expected ok ack, got ${ack.error.code}: ${ack.error.message}`);
  return ack.data;
}

export function errorOf<T>(ack: Ack<T>): ErrorBody {
  if (ack.ok) throw new Error(`Expected an error ack, got ok: ${JSON.stringify(ack.data)}`);
  return ack.error;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves with the next inbox row an agent socket receives for a conversation, whether it came alone
 * (`conversation:updated`) or with a new message (`message`'s second argument).
 */
export function nextRow(
  socket: Socket,
  predicate: (summary: ConversationSummary) => boolean = () => true,
  timeoutMs = 5000,
): Promise<ConversationSummary> {
  return new Promise((resolve, reject) => {
    const done = (summary: ConversationSummary) => {
      clearTimeout(timer);
      socket.off('conversation:updated', onUpdated);
      socket.off('message', onMessage);
      resolve(summary);
    };
    const onUpdated = (summary: ConversationSummary) => {
      if (predicate(summary)) done(summary);
    };
    const onMessage = (_message: unknown, summary?: ConversationSummary) => {
      if (summary && predicate(summary)) done(summary);
    };
    const timer = setTimeout(() => {
      socket.off('conversation:updated', onUpdated);
      socket.off('message', onMessage);
      reject(new Error(`No inbox row within ${timeoutMs} ms.`));
    }, timeoutMs);
    socket.on('conversation:updated', onUpdated);
    socket.on('message', onMessage);
  });
}
