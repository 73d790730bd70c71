// Socket.IO on the relay's HTTP server: the /visitor and /agent namespaces, recovery, CORS and the cluster adapter.
import type { Server as HttpServer } from 'node:http';
import { AGENT_NAMESPACE, ParleyError, VISITOR_NAMESPACE } from '@parley/shared';
import type { Logger } from 'pino';
import { Server, type ServerOptions } from 'socket.io';
import type { TokenResolver } from '../auth/principal.ts';
import type { AutoReply } from '../bot/auto-reply.ts';
import type { Conversations } from '../conversations.ts';
import type { Drain } from '../drain.ts';
import type { LiveTranslation } from '../live-translation.ts';
import type { Messaging } from '../messaging.ts';
import type { RelayMetrics } from '../metrics.ts';
import type { Limiters } from '../rate-limit/limiters.ts';
import type { Storage } from '../storage/types.ts';
import type { VisitorIdentity } from '../visitor-identity.ts';
import { setUpAgentNamespace } from './agent.ts';
import { SiteAvailabilityTracker } from './availability.ts';
import { coalesceWebSocketWrites } from './coalesced-writes.ts';
import { createFanOut, type FanOut } from './fan-out.ts';
import { createHandshakeGuard, type SocketHandlerContext } from './handler-context.ts';
import { handshakeError } from './handshake-error.ts';
import { RecoveryAdapter } from './recovery-adapter.ts';
import type { AgentNamespace, VisitorNamespace } from './types.ts';
import { setUpVisitorNamespace } from './visitor.ts';

export type { RateLimitOptions } from '../rate-limit/token-bucket.ts';
export type { FanOut } from './fan-out.ts';

export interface RealtimeDeps {
  storage: Storage;
  messaging: Messaging;
  conversations: Conversations;
  metrics: RelayMetrics;
  logger: Logger;
  resolveToken: TokenResolver;
  visitorTokenSecret: string;
  publicUrl: string | undefined;
  limiters: Limiters;
  drain: Drain;
  liveTranslation: LiveTranslation;
  /** The auto-reply bot, told about every new shopper message after it is delivered. */
  autoReply?: AutoReply;
  /** `identify`: shoppers' profiles and the merchant's verified user ids. */
  identity: VisitorIdentity;
  /** The clock business hours are read with; the wall clock by default. */
  now?: () => Date;
  /** Proxies whose X-Forwarded-For is believed (PARLEY_TRUST_PROXY). */
  trustedProxies: number;
  /** The cluster adapter (Redis Streams) when several relay processes share the fan-out; in-process otherwise. */
  adapter?: ServerOptions['adapter'];
}

export interface Realtime {
  io: Server;
  visitors: VisitorNamespace;
  agents: AgentNamespace;
  fanOut: FanOut;
  /** Whether each site's team can answer now, pushed to its shoppers on this process. */
  availability: SiteAvailabilityTracker;
}

/** A 4,000-character message is at most 16 KB; anything far bigger is not a chat message and closes the socket. */
const MAX_PACKET_BYTES = 100_000;

export function attachRealtime(httpServer: HttpServer, deps: RealtimeDeps): Realtime {
  const io = new Server(httpServer, {
    // Auth is by token in the handshake, never cookies, so reflecting any origin exposes nothing.
    cors: { origin: true, credentials: false },
    maxHttpBufferSize: MAX_PACKET_BYTES,
    // Replays events missed during a short disconnect, also across processes with the Redis Streams adapter;
    // longer gaps are covered by messages:sync from lastSeq. In one process the replay log is RecoveryAdapter's
    // strings rather than Socket.IO's default objects (see recovery-adapter.ts).
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000 },
    adapter: deps.adapter ?? RecoveryAdapter,
  });
  coalesceWebSocketWrites(io);
  // Nothing lives on the main namespace; refusing it tells a misconfigured client which namespaces exist.
  io.of('/').use((_socket, next) =>
    next(
      handshakeError(
        new ParleyError('not_found', `Connect to ${VISITOR_NAMESPACE} or ${AGENT_NAMESPACE}.`),
        deps.logger,
        '/',
      ),
    ),
  );
  // socket.io types every namespace with the default namespace's events; ours have their own maps.
  const visitors = io.of(VISITOR_NAMESPACE) as unknown as VisitorNamespace;
  const agents = io.of(AGENT_NAMESPACE) as unknown as AgentNamespace;
  const fanOut = createFanOut(visitors, agents, deps.metrics);
  const availability = new SiteAvailabilityTracker({
    storage: deps.storage,
    visitors,
    agents,
    logger: deps.logger,
    clustered: deps.adapter !== undefined,
    ...(deps.now ? { now: deps.now } : {}),
  });
  const handlers: SocketHandlerContext = {
    limiters: deps.limiters,
    drain: deps.drain,
    onError: (code) => deps.metrics.errors.inc({ code, transport: 'socket' }),
  };
  const guard = createHandshakeGuard({
    limiters: deps.limiters,
    drain: deps.drain,
    metrics: deps.metrics,
    trustedProxies: deps.trustedProxies,
  });
  const shared = {
    storage: deps.storage,
    messaging: deps.messaging,
    conversations: deps.conversations,
    metrics: deps.metrics,
    logger: deps.logger,
    fanOut,
    handlers,
    guard,
  };
  setUpVisitorNamespace(visitors, {
    ...shared,
    liveTranslation: deps.liveTranslation,
    ...(deps.autoReply ? { autoReply: deps.autoReply } : {}),
    availability,
    identity: deps.identity,
    visitorTokenSecret: deps.visitorTokenSecret,
    publicUrl: deps.publicUrl,
  });
  setUpAgentNamespace(agents, { ...shared, resolveToken: deps.resolveToken, availability });
  return { io, visitors, agents, fanOut, availability };
}
