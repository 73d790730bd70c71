// The /agent namespace: the extension's side panel and the web console. Token handshake, inbox, replies.
import { type ConversationSummary, type Message, ParleyError } from '@parley/shared';
import {
  agentAuthSchema,
  listConversationsSchema,
  listMessagesSchema,
  replySchema,
} from '@parley/shared/schemas';
import type { Logger } from 'pino';
import { agentSession, type TokenResolver } from '../auth/principal.ts';
import type { Messaging } from '../messaging.ts';
import type { RelayMetrics } from '../metrics.ts';
import { parseInput } from '../validation.ts';
import { acknowledged } from './acknowledged.ts';
import type { FanOut } from './fan-out.ts';
import { handshakeError } from './handshake-error.ts';
import { createTokenBucket, type RateLimitOptions } from './rate-limit.ts';
import { ADMINS_ROOM, siteRoom } from './rooms.ts';
import type { AgentNamespace, AgentSocket } from './types.ts';

export interface AgentNamespaceDeps {
  messaging: Messaging;
  metrics: RelayMetrics;
  logger: Logger;
  fanOut: FanOut;
  resolveToken: TokenResolver;
  sendRateLimit: RateLimitOptions;
}

export function setUpAgentNamespace(nsp: AgentNamespace, deps: AgentNamespaceDeps): void {
  const { logger } = deps;

  nsp.use(async (socket, next) => {
    try {
      const { token } = parseInput(agentAuthSchema, socket.handshake.auth, 'handshake auth');
      const principal = await deps.resolveToken(token);
      if (!principal) {
        throw new ParleyError(
          'unauthorized',
          'That token is not valid. Check for a typo or ask an admin for a new one.',
        );
      }
      socket.data = { principal };
      next();
    } catch (error) {
      next(handshakeError(error, logger, 'agent'));
    }
  });

  nsp.on('connection', (socket) => {
    const gauge = deps.metrics.connectedSockets.labels({ namespace: 'agent' });
    gauge.inc();
    socket.on('disconnect', () => gauge.dec());
    const { principal } = socket.data;
    void socket.join(principal.kind === 'admin' ? ADMINS_ROOM : siteRoom(principal.agent.siteId));
    registerHandlers(socket, deps);
    socket.emit('session', agentSession(principal));
  });
}

function registerHandlers(socket: AgentSocket, deps: AgentNamespaceDeps): void {
  const { messaging, logger, fanOut } = deps;
  const bucket = createTokenBucket(deps.sendRateLimit);

  socket.on(
    'conversations:list',
    acknowledged<ConversationSummary[]>({ event: 'conversations:list', logger }, async (raw) => {
      const { status } = parseInput(listConversationsSchema, raw ?? {}, 'list request');
      return { data: await messaging.listConversations(socket.data.principal, status) };
    }),
  );

  socket.on(
    'messages:list',
    acknowledged<Message[]>({ event: 'messages:list', logger }, async (raw) => {
      const input = parseInput(listMessagesSchema, raw, 'list request');
      return {
        data: await messaging.agentMessages(socket.data.principal, input.conversationId, input.afterSeq),
      };
    }),
  );

  socket.on(
    'message:reply',
    acknowledged<Message>({ event: 'message:reply', logger }, async (raw) => {
      bucket.take();
      const payload = parseInput(replySchema, raw, 'reply');
      const posted = await messaging.postAgentReply(socket.data.principal, payload);
      return {
        data: posted.message,
        afterAck: posted.created ? () => fanOut.agentReply(posted, socket) : undefined,
      };
    }),
  );
}
