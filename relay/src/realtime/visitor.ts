// The /visitor namespace: shoppers' widgets. Handshake by site key (and visitor token); send, sync, typing, read,
// identify and rate.
import {
  type Message,
  ParleyError,
  type VisitorConversationState,
  type VisitorProfile,
  type VisitorSession,
} from '@parley/shared';
import {
  rateSchema,
  readSchema,
  syncSchema,
  typingSchema,
  visitorAuthSchema,
  visitorIdentifySchema,
  visitorSendMessageSchema,
} from '@parley/shared/schemas';
import type { Logger } from 'pino';
import { signVisitorToken, verifyVisitorToken } from '../auth/visitor-token.ts';
import type { AutoReply } from '../bot/auto-reply.ts';
import { type Conversations, visitorState } from '../conversations.ts';
import type { LiveTranslation } from '../live-translation.ts';
import { forVisitor, type Messaging } from '../messaging.ts';
import type { RelayMetrics } from '../metrics.ts';
import { isOriginAllowed } from '../origin-policy.ts';
import { siteGlossary } from '../site-glossary.ts';
import { EMPTY_PROFILE } from '../storage/rows.ts';
import type { Storage, Visitor } from '../storage/types.ts';
import { parseInput } from '../validation.ts';
import type { VisitorIdentity } from '../visitor-identity.ts';
import { acknowledged } from './acknowledged.ts';
import type { SiteAvailabilityTracker } from './availability.ts';
import type { FanOut } from './fan-out.ts';
import type { HandshakeGuard, SocketHandlerContext } from './handler-context.ts';
import { handshakeError } from './handshake-error.ts';
import { siteVisitorsRoom, visitorRoom } from './rooms.ts';
import type { VisitorNamespace, VisitorSocket } from './types.ts';
import { createTypingThrottle, type TypingThrottle } from './typing-throttle.ts';

export interface VisitorNamespaceDeps {
  storage: Storage;
  messaging: Messaging;
  conversations: Conversations;
  metrics: RelayMetrics;
  logger: Logger;
  fanOut: FanOut;
  liveTranslation: LiveTranslation;
  autoReply?: AutoReply;
  availability: SiteAvailabilityTracker;
  identity: VisitorIdentity;
  visitorTokenSecret: string;
  publicUrl: string | undefined;
  handlers: SocketHandlerContext;
  guard: HandshakeGuard;
}

export function setUpVisitorNamespace(nsp: VisitorNamespace, deps: VisitorNamespaceDeps): void {
  const { storage, logger } = deps;
  // The profile the handshake read, for the session: kept off socket.data, which connection-state recovery copies
  // into Redis, so names and emails stay in the database alone.
  const handshakeProfiles = new WeakMap<VisitorSocket, VisitorProfile>();

  nsp.use(async (socket, next) => {
    try {
      // Before any database work, so a flood of handshakes costs the relay almost nothing.
      deps.guard.admit(socket);
      const auth = parseInput(visitorAuthSchema, socket.handshake.auth, 'handshake auth');
      const site = await storage.getSiteByPublicKey(auth.siteKey);
      if (!site) {
        throw new ParleyError(
          'unknown_site',
          'No site has this key. Check the data-site attribute of the Parley script tag.',
        );
      }
      const check = { origin: socket.handshake.headers.origin, relayHost: socket.handshake.headers.host };
      if (!isOriginAllowed(site, { ...check, publicUrl: deps.publicUrl })) {
        throw new ParleyError(
          'origin_not_allowed',
          `This site does not allow the chat on ${check.origin ?? 'pages without an Origin'}. Add the origin to the site's allowed origins.`,
        );
      }
      const locale = auth.locale?.trim() || undefined;
      let visitor: Visitor | null = null;
      if (auth.visitorToken) {
        const claims = verifyVisitorToken(deps.visitorTokenSecret, auth.visitorToken);
        if (claims.siteId !== site.id) {
          throw new ParleyError(
            'unauthorized',
            'This visitor token belongs to another site. Connect again without a token to start a new session.',
          );
        }
        // A valid token whose visitor is gone (database reset, erasure) simply starts a new visitor.
        visitor = await storage.getVisitor(claims.visitorId);
        if (visitor) await storage.touchVisitor(visitor.id, locale ?? null);
      }
      const freshVisitor = visitor === null;
      visitor ??= await storage.createVisitor({ siteId: site.id, locale: locale ?? null });
      socket.data = {
        siteId: site.id,
        siteName: site.name,
        visitorId: visitor.id,
        locale,
        freshVisitor,
        glossaryTerms: siteGlossary(site).glossaryTerms,
        markets: site.languages,
      };
      handshakeProfiles.set(socket, visitor.profile);
      next();
    } catch (error) {
      deps.guard.refused(error);
      next(handshakeError(error, logger, 'visitor'));
    }
  });

  const listeners = visitorListeners(deps);
  nsp.on('connection', (socket) => {
    deps.metrics.connectedSockets.inc(VISITOR_LABELS);
    const { visitorId, siteId } = socket.data;
    void socket.join([visitorRoom(visitorId), siteVisitorsRoom(siteId)]);
    socket.on('message:send', listeners.send);
    socket.on('messages:sync', listeners.sync);
    socket.on('messages:read', listeners.read);
    socket.on('identify', listeners.identify);
    socket.on('conversation:rate', listeners.rate);
    socket.on('typing', listeners.typing);
    socket.on('disconnect', listeners.disconnect);
    // Handlers are registered before this await, so an event sent right after connect is never dropped.
    const profile = handshakeProfiles.get(socket);
    handshakeProfiles.delete(socket);
    void sendSession(socket, deps, profile).catch((error: unknown) => {
      logger.error({ err: error, visitorId }, 'could not send the visitor session');
      socket.disconnect(true);
    });
  });
}

const VISITOR_LABELS = { namespace: 'visitor' } as const;

/** `profile` is what the handshake read; a recovered connection skipped the handshake and reads it again. */
async function sendSession(
  socket: VisitorSocket,
  deps: VisitorNamespaceDeps,
  handshakeProfile: VisitorProfile | undefined,
): Promise<void> {
  const { siteId, siteName, visitorId } = socket.data;
  const [thread, availability, profile] = await Promise.all([
    socket.data.freshVisitor ? null : deps.storage.findVisitorThread(visitorId),
    deps.availability.current(siteId),
    handshakeProfile ??
      deps.storage.getVisitor(visitorId).then((visitor) => visitor?.profile ?? { ...EMPTY_PROFILE }),
  ]);
  const latest = thread?.conversation;
  const session: VisitorSession = {
    // Re-signed on every connect, so a shopper who keeps coming back never hits the expiry.
    visitorToken: signVisitorToken(deps.visitorTokenSecret, { visitorId, siteId }),
    visitorId,
    conversationId: latest?.id ?? null,
    siteName,
    availability,
    conversation: thread ? visitorState(thread.conversation, thread.rating) : null,
    profile,
  };
  socket.emit('session', session);
  // A reloaded widget knows nothing of earlier read receipts; tell it how far agents have read, so "Seen" returns.
  if (latest && latest.agentReadSeq > 0) socket.emit('read', { seq: latest.agentReadSeq });
}

/** A listener shared by every visitor socket: Socket.IO calls it with `this` set to the socket. */
type VisitorListener<Args extends unknown[]> = (this: VisitorSocket, ...args: Args) => void;

/**
 * The visitor events' listeners, made once per namespace and shared by every socket. A relay holds thousands of
 * shoppers, and listeners made per socket were some forty closures, contexts and objects each, for every full
 * garbage collection to mark again (docs/operations.md, "Performance").
 */
function visitorListeners(deps: VisitorNamespaceDeps) {
  const { messaging, conversations, fanOut, handlers, storage, logger } = deps;
  const { limiters } = handlers;
  const context = { logger, drain: handlers.drain, onError: handlers.onError };
  // Typing state only for sockets that have typed: most shoppers never do while connected.
  const typingThrottles = new WeakMap<VisitorSocket, TypingThrottle>();
  const forwardTyping = (visitorId: string, typing: boolean) =>
    storage
      .findLatestConversation(visitorId)
      .then((conversation) => {
        if (conversation) fanOut.visitorTyping(conversation, typing);
      })
      .catch((error: unknown) => logger.error({ err: error }, 'could not forward typing'));

  const send = acknowledged<Message, VisitorSocket>(
    { event: 'message:send', ...context },
    async (raw, socket) => {
      const receivedAt = performance.now();
      const { siteId, visitorId, locale, freshVisitor, glossaryTerms, markets } = socket.data;
      limiters.visitorSend.take(visitorId);
      const payload = parseInput(visitorSendMessageSchema, raw, 'message');
      limiters.siteSend.take(siteId);
      // Only the first send may skip the lookup: after it, another tab or an agent may have changed the thread.
      socket.data.freshVisitor = false;
      const posted = await messaging.postVisitorMessage(
        { siteId, visitorId, locale, freshVisitor, glossaryTerms, markets },
        payload,
      );
      return {
        data: forVisitor(posted.message),
        afterAck: posted.created
          ? () => {
              fanOut.visitorMessage(posted, { sender: socket, receivedAt });
              // Every tab, the sender's too: a rating prompt for the old resolution must go away.
              if (posted.reopened) fanOut.conversationState(visitorId, visitorState(posted.conversation));
              deps.liveTranslation.afterDelivery(posted, fanOut.messageTranslated);
              deps.autoReply?.afterDelivery(posted);
            }
          : undefined,
      };
    },
  );

  const sync = acknowledged<Message[], VisitorSocket>(
    { event: 'messages:sync', ...context },
    async (raw, socket) => {
      limiters.socketEvents.take(socket.id);
      const { afterSeq } = parseInput(syncSchema, raw, 'sync request');
      return { data: await messaging.visitorHistory(socket.data.visitorId, afterSeq) };
    },
  );

  const read = acknowledged<{ seq: number }, VisitorSocket>(
    { event: 'messages:read', ...context },
    async (raw, socket) => {
      limiters.socketEvents.take(socket.id);
      const { seq } = parseInput(readSchema, raw, 'read mark');
      const marked = await conversations.visitorRead(socket.data.visitorId, seq);
      if (!marked) return { data: { seq: 0 } };
      return {
        data: { seq: marked.seq },
        afterAck: marked.changed ? () => fanOut.visitorRead(marked.conversation, marked.seq) : undefined,
      };
    },
  );

  const identify = acknowledged<VisitorProfile, VisitorSocket>(
    { event: 'identify', ...context },
    async (raw, socket) => {
      limiters.socketEvents.take(socket.id);
      // Strict: a misspelt field (user_hash, say) must not pass silently as an unverified identify.
      const payload = parseInput(visitorIdentifySchema.strict(), raw, 'identify payload');
      const { siteId, visitorId } = socket.data;
      const identified = await deps.identity.identify({ siteId, visitorId }, payload);
      return {
        data: identified.profile,
        afterAck: () => {
          if (identified.note) fanOut.agentReply(identified.note);
          if (identified.summary) fanOut.conversationUpdated(identified.summary);
        },
      };
    },
  );

  const rate = acknowledged<VisitorConversationState, VisitorSocket>(
    { event: 'conversation:rate', ...context },
    async (raw, socket) => {
      limiters.socketEvents.take(socket.id);
      const payload = parseInput(rateSchema.strict(), raw, 'rating');
      const rated = await conversations.rate(socket.data.visitorId, payload);
      return {
        data: rated.state,
        afterAck: () => {
          fanOut.conversationState(socket.data.visitorId, rated.state, { sender: socket });
          fanOut.conversationUpdated(rated.summary);
        },
      };
    },
  );

  // Typing is fire-and-forget: no ack, never stored; a malformed or excess event is simply dropped.
  const typing: VisitorListener<[raw: unknown]> = function (raw) {
    const parsed = typingSchema.safeParse(raw);
    if (!parsed.success) return;
    let throttle = typingThrottles.get(this);
    if (!throttle) {
      throttle = createTypingThrottle();
      typingThrottles.set(this, throttle);
    }
    if (throttle.shouldForward('thread', parsed.data.typing)) {
      void forwardTyping(this.data.visitorId, parsed.data.typing);
    }
  };

  const disconnect: VisitorListener<[]> = function () {
    deps.metrics.connectedSockets.dec(VISITOR_LABELS);
    // A shopper who closes the tab mid-sentence is no longer typing.
    if (typingThrottles.get(this)?.typingKeys().length) void forwardTyping(this.data.visitorId, false);
  };

  return { send, sync, read, identify, rate, typing, disconnect };
}
