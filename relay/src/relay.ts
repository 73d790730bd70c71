// Assembles one relay: storage, language engine, Hono app and Socket.IO on a single Node HTTP server.
import { createServer, type Server as HttpServer, type RequestListener } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Logger } from 'pino';
import type { Server as SocketServer } from 'socket.io';
import { createLanguageEngine, type LanguageEngine } from './ai/index.ts';
import {
  DatabaseTranslationStore,
  LayeredTranslationStore,
  MemoryTranslationStore,
} from './ai/translation-cache.ts';
import type { ApiRouter } from './api/router.ts';
import { createApp } from './app.ts';
import { ComposeService } from './assist/compose.ts';
import { knowledgeSource as assistKnowledge } from './assist/knowledge-adapter.ts';
import { SuggestionService } from './assist/suggest.ts';
import { Attachments } from './attachments/attachments.ts';
import { createTokenResolver, createVisitorResolver } from './auth/principal.ts';
import { createAutoReply } from './bot/auto-reply.ts';
import { type BuildDirs, defaultBuildDirs } from './build-output.ts';
import { loadConfig, type RelayConfig } from './config.ts';
import { Conversations } from './conversations.ts';
import { type DemoAccess, ensureDemo } from './demo/seed.ts';
import { createDrain } from './drain.ts';
import { createKnowledgeBase, type KnowledgeBase } from './knowledge/index.ts';
import { createLiveTranslation } from './live-translation.ts';
import { createLogger } from './logger.ts';
import { Messaging } from './messaging.ts';
import { createRelayMetrics, type RelayMetrics } from './metrics.ts';
import type { AuthEnv } from './middleware/auth.ts';
import { createLimiters } from './rate-limit/limiters.ts';
import type { RateLimits } from './rate-limit/limits.ts';
import type { RateLimitOptions } from './rate-limit/token-bucket.ts';
import { flushCoalescedWrites } from './realtime/coalesced-writes.ts';
import type { FanOut } from './realtime/fan-out.ts';
import { attachRealtime } from './realtime/index.ts';
import { connectRedis, type RedisFanOut } from './realtime/redis.ts';
import { siteRoom } from './realtime/rooms.ts';
import { type RouterDeps, routeConversation } from './routing.ts';
import { openStorage, pgliteDir, type StorageTarget } from './storage/index.ts';
import type { Storage } from './storage/types.ts';
import { computeTeamMetrics } from './team-metrics/compute.ts';
import { registerTeamGauges } from './team-metrics/prometheus.ts';
import { VisitorIdentity } from './visitor-identity.ts';

const VERSION = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

const VISITOR_TOKEN_SECRET = 'visitor-token';

/** How long a shutdown waits for sends in flight before it disconnects sockets anyway. */
export const DEFAULT_DRAIN_MS = 5_000;

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
  /** Per-visitor and per-agent send limit; defaults to 10 messages per 10 s. Overrides config.rateLimits. */
  sendRateLimit?: RateLimitOptions;
  /** Changes to config.rateLimits (PARLEY_RATE_LIMITS). */
  rateLimits?: Partial<RateLimits>;
  /** Create the demo site and agent when the database has no site (default true). */
  seedDemo?: boolean;
  /** How long close() waits for work in flight (default 5 s). */
  drainMs?: number;
  /** The clock business hours are read with (the bot, shoppers' availability); tests move it to a boundary. */
  now?: () => Date;
}

export interface Relay {
  app: Hono<AuthEnv>;
  /** The /api/v1 routes as declared; the OpenAPI document lists exactly these. */
  apiRoutes: ApiRouter;
  io: SocketServer;
  httpServer: HttpServer;
  storage: Storage;
  engine: LanguageEngine;
  /** The per-site knowledge base (search, allowed commitments) that suggestions, the bot and agents read. */
  knowledge: KnowledgeBase;
  config: RelayConfig;
  metrics: RelayMetrics;
  logger: Logger;
  fanOut: FanOut;
  /** The demo site (its `publicKey` is the widget's data-site) and the demo agent's plaintext token. */
  demo: DemoAccess | null;
  /** Listens on `port` (default config.port; 0 picks a free one) and resolves with the bound port and a URL. */
  listen(port?: number, hostname?: string): Promise<{ port: number; url: string }>;
  /**
   * Graceful shutdown, safe to call twice: /readyz turns 503 and new connections and sends are refused with
   * `unavailable`; sends in flight finish and are acked; then sockets are closed (clients reconnect to another
   * process, resuming their session there through Redis), and Redis and storage are closed.
   */
  close(): Promise<void>;
}

export async function createRelay(options: CreateRelayOptions = {}): Promise<Relay> {
  const env = options.env ?? process.env;
  const logger = options.logger ?? createLogger(env);
  const loaded = options.config ?? (await loadConfig(env));
  const metrics = createRelayMetrics();
  const storage =
    typeof options.storage === 'object'
      ? options.storage
      : await openStorage(storageTarget(loaded, options.storage), {
          onBackgroundError: (error) => logger.error({ err: error }, 'database connection error'),
        });

  let engine: LanguageEngine;
  let config: RelayConfig;
  let demo: DemoAccess | null;
  let redis: RedisFanOut | undefined;
  try {
    engine =
      options.engine ??
      createLanguageEngine(env, {
        // Memory in front of the database: hits in well under a millisecond, and they survive a restart.
        translations: new LayeredTranslationStore(
          new MemoryTranslationStore(),
          new DatabaseTranslationStore(storage, (error) =>
            logger.warn({ err: error }, 'translation cache unavailable; continuing without it'),
          ),
        ),
        onUsage: (usage) => {
          const labels = { model: usage.model, operation: usage.operation };
          metrics.llmTokens.inc({ ...labels, kind: 'prompt' }, usage.promptTokens);
          metrics.llmTokens.inc({ ...labels, kind: 'completion' }, usage.completionTokens);
        },
        onFallback: (operation, error) => {
          metrics.llmFallbacks.inc({ operation });
          logger.warn({ err: error, operation }, 'LLM provider failed; the offline engine answered');
        },
      });
    // Every process on one database must sign visitor tokens with the same key: the database keeps the first.
    config = {
      ...loaded,
      visitorTokenSecret: await storage.adoptSecret(VISITOR_TOKEN_SECRET, loaded.visitorTokenSecret),
    };
    demo = options.seedDemo === false ? null : await ensureDemo(storage, config.dataDir);
    if (config.redisUrl)
      redis = await connectRedis({ url: config.redisUrl, stream: config.redisStream, logger });
  } catch (error) {
    await storage.close().catch(() => {});
    throw error;
  }

  // The offline models train on first use (about a second); doing it before the relay listens keeps the
  // first shopper's ack as fast as the rest, and makes /readyz mean ready.
  engine.warmUp();

  const drain = createDrain();
  const limiters = createLimiters(
    {
      ...config.rateLimits,
      ...options.rateLimits,
      ...(options.sendRateLimit
        ? { visitorSend: options.sendRateLimit, agentSend: options.sendRateLimit }
        : {}),
    },
    (limit) => metrics.rateLimited.inc({ limit }),
  );
  const resolveToken = createTokenResolver(storage, config.adminToken);
  const messaging = new Messaging({ storage, engine, metrics, logger });
  const conversations = new Conversations(storage);
  const knowledge = createKnowledgeBase(storage);
  registerTeamGauges(metrics.registry, async () => {
    const until = new Date();
    const facts = await storage.teamMetricsFacts({
      since: new Date(until.getTime() - 86_400_000).toISOString(),
      until: until.toISOString(),
    });
    return computeTeamMetrics(facts.conversations, facts.events);
  });
  const knowledgeSource = assistKnowledge(knowledge);

  // Socket.IO must wrap the HTTP listener, and the app needs the fan-out that Socket.IO provides, so the
  // server starts with a listener that forwards to the app once it exists.
  let listener: RequestListener | undefined;
  const httpServer = createServer((req, res) => listener?.(req, res));
  const liveTranslation = createLiveTranslation({ storage, engine, metrics, logger });
  // The bot delivers through the realtime fan-out, which exists once attachRealtime below has run.
  const autoReply = createAutoReply({
    storage,
    messaging,
    knowledge: knowledgeSource,
    engine,
    deliver: (posted) => {
      realtime.fanOut.agentReply(posted);
      liveTranslation.afterDelivery(posted, realtime.fanOut.messageTranslated);
    },
    onOutcome: (outcome, reason) => metrics.botOutcomes.inc({ outcome, reason }),
    agentsOnline: (siteId) => realtime.availability.agentsOnline(siteId),
    ...(options.now ? { now: options.now } : {}),
    route: (conversationId) => routeConversation(router, conversationId),
    logger,
  });
  const router: RouterDeps = {
    storage,
    onlineAgentIds: async (siteId) => {
      const sockets = await realtime.agents.in(siteRoom(siteId)).fetchSockets();
      return new Set(
        sockets.flatMap((socket) =>
          socket.data.principal?.kind === 'agent' ? [socket.data.principal.agent.id] : [],
        ),
      );
    },
    announce: (summary) => realtime.fanOut.conversationUpdated(summary),
  };
  const realtime = attachRealtime(httpServer, {
    storage,
    messaging,
    conversations,
    metrics,
    logger,
    resolveToken,
    visitorTokenSecret: config.visitorTokenSecret,
    publicUrl: config.publicUrl,
    limiters,
    drain,
    trustedProxies: config.trustedProxies,
    liveTranslation,
    autoReply,
    identity: new VisitorIdentity({ storage, messaging }),
    ...(options.now ? { now: options.now } : {}),
    ...(redis ? { adapter: redis.adapter } : {}),
  });
  const { app, api } = createApp({
    storage,
    engine,
    messaging,
    conversations,
    attachments: new Attachments(storage),
    knowledge,
    assist: {
      suggestions: new SuggestionService(engine, knowledgeSource),
      compose: new ComposeService(engine, knowledgeSource),
    },
    fanOut: realtime.fanOut,
    availability: realtime.availability,
    router,
    limiters,
    metrics,
    logger,
    resolveToken,
    resolveVisitor: createVisitorResolver(storage, config.visitorTokenSecret),
    buildDirs: { ...defaultBuildDirs(), ...options.buildDirs },
    demo: () => demo,
    drain,
    trustedProxies: config.trustedProxies,
    version: VERSION,
    checkReady: async () => {
      if (drain.draining) {
        return {
          ready: false,
          checks: { storage: 'stopping', ...(redis ? { redis: 'stopping' as const } : {}) },
        };
      }
      const [storageOk, redisOk] = await Promise.all([
        answers(storage.ping()),
        redis ? answers(redis.ping()) : Promise.resolve(true),
      ]);
      return {
        ready: storageOk && redisOk,
        checks: {
          storage: storageOk ? 'ok' : 'failing',
          ...(redis ? { redis: redisOk ? ('ok' as const) : ('failing' as const) } : {}),
        },
      };
    },
  });
  listener = getRequestListener(app.fetch);

  let closing: Promise<void> | undefined;
  return {
    app,
    apiRoutes: api,
    io: realtime.io,
    httpServer,
    storage,
    engine,
    knowledge,
    config,
    metrics,
    logger,
    fanOut: realtime.fanOut,
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
        // Refuse new handshakes and changes first, so nothing new starts while in-flight work finishes.
        const drained = drain.start(options.drainMs ?? DEFAULT_DRAIN_MS);
        // No new TCP connections; open websockets stay up so in-flight sends can still be acked.
        if (httpServer.listening) httpServer.close();
        autoReply.close();
        realtime.availability.close();
        if (!(await drained))
          logger.warn({ inFlight: drain.inFlight }, 'shutdown: work still in flight; closing anyway');
        // io.close() ends every socket's transport: clients see "transport close" and reconnect, and their
        // session is kept for connection-state recovery on another process. Idle keep-alive connections would
        // otherwise hold the close open until they time out.
        await flushCoalescedWrites(realtime.io);
        await new Promise<void>((resolve) => {
          void realtime.io.close(() => resolve());
          httpServer.closeAllConnections();
        });
        await redis?.close();
        await storage.close();
      })();
      return closing;
    },
  };
}

/** Whether a health probe answered within two seconds. */
async function answers(probe: Promise<void>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe,
      new Promise((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), 2_000);
      }),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

function storageTarget(config: RelayConfig, storage: 'memory' | undefined): StorageTarget {
  if (storage === 'memory') return { kind: 'memory' };
  if (config.databaseUrl) return { kind: 'postgres', url: config.databaseUrl };
  return { kind: 'pglite', dataDir: pgliteDir(config.dataDir) };
}
