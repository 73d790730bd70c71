// Assembles one relay: storage, language engine, Hono app and Socket.IO on a single Node HTTP server.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import { type Logger, pino } from 'pino';
import type { Server as SocketServer } from 'socket.io';
import { createLanguageEngine, type LanguageEngine } from './ai/index.ts';
import { createApp } from './app.ts';
import { createTokenResolver } from './auth/principal.ts';
import { type BuildDirs, defaultBuildDirs } from './build-output.ts';
import { loadConfig, type RelayConfig } from './config.ts';
import { type DemoAccess, ensureDemo } from './demo/seed.ts';
import { Messaging } from './messaging.ts';
import { createRelayMetrics, type RelayMetrics } from './metrics.ts';
import type { AuthEnv } from './middleware/auth.ts';
import { attachRealtime, type RateLimitOptions } from './realtime/index.ts';
import { openStorage, pgliteDir, type StorageTarget } from './storage/index.ts';
import type { Storage } from './storage/types.ts';

export interface CreateRelayOptions {
  /** Resolved configuration; when omitted it is loaded from `env` (creating the data dir and secrets). */
  config?: RelayConfig;
  /** Environment for loadConfig and the language engine; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /**
   * 'memory' runs PGlite in memory (tests). A Storage instance is used as is and closed with the relay.
   * Omitted: PostgreSQL when config.databaseUrl is set, else PGlite files under `<dataDir>/pglite`.
   */
  storage?: 'memory' | Storage;
  engine?: LanguageEngine;
  logger?: Logger;
  /** Where the widget and console builds are; defaults to the repository's widget/dist and extension/dist-console. */
  buildDirs?: Partial<BuildDirs>;
  /** Per-socket send limit; defaults to 10 messages per 10 s. */
  sendRateLimit?: RateLimitOptions;
  /** Create the demo site and agent when the database has no site (default true). */
  seedDemo?: boolean;
}

export interface Relay {
  app: Hono<AuthEnv>;
  io: SocketServer;
  httpServer: HttpServer;
  storage: Storage;
  engine: LanguageEngine;
  config: RelayConfig;
  metrics: RelayMetrics;
  logger: Logger;
  /** The demo site (its `publicKey` is the widget's data-site) and the demo agent's plaintext token. */
  demo: DemoAccess | null;
  /** Listens on `port` (default config.port; 0 picks a free one) and resolves with the bound port and a URL. */
  listen(port?: number, hostname?: string): Promise<{ port: number; url: string }>;
  /** Stops accepting work, disconnects sockets, closes the HTTP server and storage. Safe to call twice. */
  close(): Promise<void>;
}

export async function createRelay(options: CreateRelayOptions = {}): Promise<Relay> {
  const env = options.env ?? process.env;
  const logger = options.logger ?? pino({ level: env.LOG_LEVEL ?? 'info' });
  const config = options.config ?? (await loadConfig(env));
  const engine = options.engine ?? createLanguageEngine(env);
  const metrics = createRelayMetrics();
  const storage =
    typeof options.storage === 'object'
      ? options.storage
      : await openStorage(storageTarget(config, options.storage), {
          onBackgroundError: (error) => logger.error({ err: error }, 'database connection error'),
        });

  let demo: DemoAccess | null;
  try {
    demo = options.seedDemo === false ? null : await ensureDemo(storage, config.dataDir);
  } catch (error) {
    await storage.close().catch(() => {});
    throw error;
  }

  let ready = true;
  const resolveToken = createTokenResolver(storage, config.adminToken);
  const messaging = new Messaging({ storage, engine, metrics, logger });
  const app = createApp({
    storage,
    engine,
    messaging,
    metrics,
    logger,
    resolveToken,
    buildDirs: { ...defaultBuildDirs(), ...options.buildDirs },
    demo: () => demo,
    isReady: () => ready,
  });
  const httpServer = createServer(getRequestListener(app.fetch));
  const io = attachRealtime(httpServer, {
    storage,
    messaging,
    metrics,
    logger,
    resolveToken,
    visitorTokenSecret: config.visitorTokenSecret,
    publicUrl: config.publicUrl,
    ...(options.sendRateLimit ? { sendRateLimit: options.sendRateLimit } : {}),
  });

  let closing: Promise<void> | undefined;
  return {
    app,
    io,
    httpServer,
    storage,
    engine,
    config,
    metrics,
    logger,
    demo,
    listen(port = config.port, hostname) {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        const onListening = () => {
          httpServer.off('error', reject);
          const bound = (httpServer.address() as AddressInfo).port;
          resolve({
            port: bound,
            url: `http://${hostname && hostname !== '0.0.0.0' ? hostname : 'localhost'}:${bound}`,
          });
        };
        if (hostname) httpServer.listen(port, hostname, onListening);
        else httpServer.listen(port, onListening);
      });
    },
    close() {
      closing ??= (async () => {
        ready = false;
        // io.close() disconnects every socket and closes the HTTP server; idle keep-alive connections
        // would otherwise hold the close open until they time out.
        await new Promise<void>((resolve) => {
          void io.close(() => resolve());
          httpServer.closeAllConnections();
        });
        await storage.close();
      })();
      return closing;
    },
  };
}

function storageTarget(config: RelayConfig, storage: 'memory' | undefined): StorageTarget {
  if (storage === 'memory') return { kind: 'memory' };
  if (config.databaseUrl) return { kind: 'postgres', url: config.databaseUrl };
  return { kind: 'pglite', dataDir: pgliteDir(config.dataDir) };
}
