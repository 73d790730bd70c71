// The /agent namespace: the extension's side panel and the web console. Token handshake, inbox, replies, state.
import { type ConversationSummary, type Message, ParleyError } from '@parley/shared';
import {
  agentAuthSchema,
  agentReadSchema,
  agentTypingSchema,
  assignSchema,
  listConversationsSchema,
  listMessagesSchema,
  replySchema,
  resolveSchema,
} from '@parley/shared/schemas';
import type { Logger } from 'pino';
import { accessibleConversation, agentSession, principalId, type TokenResolver } from '../auth/principal.ts';
import { type Conversations, visitorState } from '../conversations.ts';
import type { Messaging } from '../messaging.ts';
import type { RelayMetrics } from '../metrics.ts';
import type { Storage } from '../storage/types.ts';
import { parseInput } from '../validation.ts';
import { acknowledged } from './acknowledged.ts';
import type { SiteAvailabilityTracker } from './availability.ts';
import type { ConversationAddress, FanOut } from './fan-out.ts';
import type { HandshakeGuard, SocketHandlerContext } from './handler-context.ts';
import { handshakeError } from './handshake-error.ts';
import { ADMINS_ROOM, agentRoom, siteRoom } from './rooms.ts';
import type { AgentNamespace, AgentSocket } from './types.ts';
import { createTypingThrottle } from './typing-throttle.ts';

export interface AgentNamespaceDeps {
  storage: Storage;
  messaging: Messaging;
  conversations: Conversations;
  metrics: RelayMetrics;
  logger: Logger;
  fanOut: FanOut;
  resolveToken: TokenResolver;
  /** Told when an agent of a site connects or leaves: the site's shoppers may now see the team as away. */
  availability: SiteAvailabilityTracker;
  handlers: SocketHandlerContext;
  guard: HandshakeGuard;
}

export function setUpAgentNamespace(nsp: AgentNamespace, deps: AgentNamespaceDeps): void {
  const { logger } = deps;

  nsp.use(async (socket, next) => {
    try {
      deps.guard.admit(socket);
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
      deps.guard.refused(error);
      next(handshakeError(error, logger, 'agent'));
    }
  });

  nsp.on('connection', (socket) => {
    const gauge = deps.metrics.connectedSockets.labels({ namespace: 'agent' });
    gauge.inc();
    const { principal } = socket.data;
    // Only a site's own agents make its team available; the admin token watches every site and answers none.
    const siteId = principal.kind === 'agent' ? principal.agent.siteId : null;
    if (principal.kind === 'admin') void socket.join(ADMINS_ROOM);
    else void socket.join([siteRoom(principal.agent.siteId), agentRoom(principal.agent.id)]);
    if (siteId) deps.availability.changed(siteId);
    const typing = registerHandlers(socket, deps);
    socket.on('disconnect', () => {
      gauge.dec();
      typing.stop();
      // A relay shutting down drops its agents only to have them reconnect elsewhere: do not tell shoppers they left.
      if (siteId && !deps.handlers.drain.draining) deps.availability.changed(siteId);
    });
    socket.emit('session', agentSession(principal));
  });
}

function registerHandlers(socket: AgentSocket, deps: AgentNamespaceDeps): { stop(): void } {
  const { messaging, conversations, logger, fanOut, handlers, storage } = deps;
  const { limiters } = handlers;
  const context = { logger, drain: handlers.drain, onError: handlers.onError };
  const principal = () => socket.data.principal;

  socket.on(
    'conversations:list',
    acknowledged<ConversationSummary[]>({ event: 'conversations:list', ...context }, async (raw) => {
      limiters.socketEvents.take(socket.id);
      const { status } = parseInput(listConversationsSchema, raw ?? {}, 'list request');
      const page = await conversations.list(principal(), status === undefined ? {} : { status });
      return { data: page.data };
    }),
  );

  socket.on(
    'messages:list',
    acknowledged<Message[]>({ event: 'messages:list', ...context }, async (raw) => {
      limiters.socketEvents.take(socket.id);
      const input = parseInput(listMessagesSchema, raw, 'list request');
      return {
        data: await messaging.agentMessages(principal(), input.conversationId, { afterSeq: input.afterSeq }),
      };
    }),
  );

  socket.on(
    'message:reply',
    acknowledged<Message>({ event: 'message:reply', ...context }, async (raw) => {
      limiters.agentSend.take(principalId(principal()));
      const payload = parseInput(replySchema, raw, 'reply');
      const posted = await messaging.postAgentReply(principal(), payload);
      return {
        data: posted.message,
        afterAck: posted.created ? () => fanOut.agentReply(posted, { sender: socket }) : undefined,
      };
    }),
  );

  socket.on(
    'messages:read',
    acknowledged<{ seq: number }>({ event: 'messages:read', ...context }, async (raw) => {
      limiters.socketEvents.take(socket.id);
      const input = parseInput(agentReadSchema, raw, 'read mark');
      const read = await conversations.agentRead(principal(), input.conversationId, input.seq);
      // Colleagues' inboxes show the new mark too, so the summary is only fetched when it moved.
      const summary = read.changed ? await conversations.get(principal(), input.conversationId) : null;
      return {
        data: { seq: read.seq },
        afterAck: summary
          ? () => {
              fanOut.agentRead(read.conversation, read.seq);
              fanOut.conversationUpdated(summary);
            }
          : undefined,
      };
    }),
  );

  socket.on(
    'conversation:assign',
    acknowledged<ConversationSummary>({ event: 'conversation:assign', ...context }, async (raw) => {
      limiters.socketEvents.take(socket.id);
      const input = parseInput(assignSchema, raw, 'assignment');
      const summary = await conversations.assign(principal(), input.conversationId, input.agentId);
      return { data: summary, afterAck: () => fanOut.conversationUpdated(summary) };
    }),
  );

  socket.on(
    'conversation:resolve',
    acknowledged<ConversationSummary>({ event: 'conversation:resolve', ...context }, async (raw) => {
      limiters.socketEvents.take(socket.id);
      const input = parseInput(resolveSchema, raw, 'resolution');
      const { summary, changed } = await conversations.resolve(principal(), input.conversationId);
      return {
        data: summary,
        afterAck: () => {
          fanOut.conversationUpdated(summary);
          // The shopper's widget offers the rating now.
          if (changed) fanOut.conversationState(summary.visitorId, visitorState(summary));
        },
      };
    }),
  );

  // Typing: fire-and-forget, never stored. The conversation's address is looked up once per conversation
  // (and access checked then), so a typing agent costs no database work after the first keystroke.
  const throttle = createTypingThrottle();
  const addresses = new Map<string, Promise<ConversationAddress | null>>();
  const forwardTyping = async (conversationId: string, typing: boolean) => {
    let address = addresses.get(conversationId);
    if (!address) {
      address = accessibleConversation(storage, principal(), conversationId).catch(() => null);
      addresses.set(conversationId, address);
      if (addresses.size > 64) addresses.delete(addresses.keys().next().value!);
    }
    const conversation = await address;
    if (conversation) fanOut.agentTyping(conversation, typing);
  };
  const forward = (conversationId: string, typing: boolean) =>
    forwardTyping(conversationId, typing).catch((error: unknown) =>
      logger.error({ err: error }, 'could not forward typing'),
    );
  socket.on('typing', (raw: unknown) => {
    const parsed = agentTypingSchema.safeParse(raw);
    if (!parsed.success || !throttle.shouldForward(parsed.data.conversationId, parsed.data.typing)) return;
    void forward(parsed.data.conversationId, parsed.data.typing);
  });
  return {
    stop() {
      for (const conversationId of throttle.typingKeys()) void forward(conversationId, false);
    },
  };
}
