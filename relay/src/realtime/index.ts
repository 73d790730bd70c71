// Socket.IO on the relay's HTTP server: the /visitor and /agent namespaces, recovery and CORS.
import type { Server as HttpServer } from 'node:http';
import { AGENT_NAMESPACE, ParleyError, VISITOR_NAMESPACE } from '@parley/shared';
import type { Logger } from 'pino';
import { Server } from 'socket.io';
import type { TokenResolver } from '../auth/principal.ts';
import type { Messaging } from '../messaging.ts';
import type { RelayMetrics } from '../metrics.ts';
import type { Storage } from '../storage/types.ts';
import { setUpAgentNamespace } from './agent.ts';
import { createFanOut } from './fan-out.ts';
import { handshakeError } from './handshake-error.ts';
import { DEFAULT_SEND_RATE_LIMIT, type RateLimitOptions } from './rate-limit.ts';
import type { AgentNamespace, VisitorNamespace } from './types.ts';
import { setUpVisitorNamespace } from './visitor.ts';

export type { RateLimitOptions } from './rate-limit.ts';

export interface RealtimeDeps {
  storage: Storage;
  messaging: Messaging;
  metrics: RelayMetrics;
  logger: Logger;
  resolveToken: TokenResolver;
  visitorTokenSecret: string;
  publicUrl: string | undefined;
  sendRateLimit?: RateLimitOptions;
}

/** A 4,000-character message is at most 16 KB; anything far bigger is not a chat message and closes the socket. */
const MAX_PACKET_BYTES = 100_000;

export function attachRealtime(httpServer: HttpServer, deps: RealtimeDeps): Server {
  const io = new Server(httpServer, {
    // Auth is by token in the handshake, never cookies, so reflecting any origin exposes nothing.
    cors: { origin: true, credentials: false },
    maxHttpBufferSize: MAX_PACKET_BYTES,
    // Replays events missed during a short disconnect; longer gaps are covered by messages:sync from lastSeq.
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000 },
  });
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
  const fanOut = createFanOut(visitors, agents);
  const sendRateLimit = deps.sendRateLimit ?? DEFAULT_SEND_RATE_LIMIT;

  setUpVisitorNamespace(visitors, {
    storage: deps.storage,
    messaging: deps.messaging,
    metrics: deps.metrics,
    logger: deps.logger,
    fanOut,
    visitorTokenSecret: deps.visitorTokenSecret,
    publicUrl: deps.publicUrl,
    sendRateLimit,
  });
  setUpAgentNamespace(agents, {
    messaging: deps.messaging,
    metrics: deps.metrics,
    logger: deps.logger,
    fanOut,
    resolveToken: deps.resolveToken,
    sendRateLimit,
  });
  return io;
}
