// The /visitor namespace: shoppers' widgets. Handshake by site key (and visitor token), send and sync messages.
import { type Message, ParleyError, type VisitorSession } from '@parley/shared';
import { sendMessageSchema, syncSchema, visitorAuthSchema } from '@parley/shared/schemas';
import type { Logger } from 'pino';
import { signVisitorToken, verifyVisitorToken } from '../auth/visitor-token.ts';
import { forVisitor, type Messaging } from '../messaging.ts';
import type { RelayMetrics } from '../metrics.ts';
import { isOriginAllowed } from '../origin-policy.ts';
import type { Storage, Visitor } from '../storage/types.ts';
import { parseInput } from '../validation.ts';
import { acknowledged } from './acknowledged.ts';
import type { FanOut } from './fan-out.ts';
import { handshakeError } from './handshake-error.ts';
import { createTokenBucket, type RateLimitOptions } from './rate-limit.ts';
import { visitorRoom } from './rooms.ts';
import type { VisitorNamespace, VisitorSocket } from './types.ts';

export interface VisitorNamespaceDeps {
  storage: Storage;
  messaging: Messaging;
  metrics: RelayMetrics;
  logger: Logger;
  fanOut: FanOut;
  visitorTokenSecret: string;
  publicUrl: string | undefined;
  sendRateLimit: RateLimitOptions;
}

export function setUpVisitorNamespace(nsp: VisitorNamespace, deps: VisitorNamespaceDeps): void {
  const { storage, logger } = deps;

  nsp.use(async (socket, next) => {
    try {
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
        // A valid token whose visitor is gone (database reset) simply starts a new visitor.
        visitor = await storage.getVisitor(claims.visitorId);
        if (visitor) await storage.touchVisitor(visitor.id, locale ?? null);
      }
      visitor ??= await storage.createVisitor({ siteId: site.id, locale: locale ?? null });
      socket.data = { siteId: site.id, siteName: site.name, visitorId: visitor.id, locale };
      next();
    } catch (error) {
      next(handshakeError(error, logger, 'visitor'));
    }
  });

  nsp.on('connection', (socket) => {
    const gauge = deps.metrics.connectedSockets.labels({ namespace: 'visitor' });
    gauge.inc();
    socket.on('disconnect', () => gauge.dec());
    const { visitorId } = socket.data;
    void socket.join(visitorRoom(visitorId));
    registerHandlers(socket, deps);
    // Handlers are registered before this await, so an event sent right after connect is never dropped.
    void sendSession(socket, deps).catch((error: unknown) => {
      logger.error({ err: error, visitorId }, 'could not send the visitor session');
      socket.disconnect(true);
    });
  });
}

async function sendSession(socket: VisitorSocket, deps: VisitorNamespaceDeps): Promise<void> {
  const { siteId, siteName, visitorId } = socket.data;
  const open = await deps.storage.findOpenConversation(visitorId);
  const session: VisitorSession = {
    // Re-signed on every connect, so a shopper who keeps coming back never hits the expiry.
    visitorToken: signVisitorToken(deps.visitorTokenSecret, { visitorId, siteId }),
    visitorId,
    conversationId: open?.id ?? null,
    siteName,
  };
  socket.emit('session', session);
}

function registerHandlers(socket: VisitorSocket, deps: VisitorNamespaceDeps): void {
  const { messaging, logger, fanOut } = deps;
  const bucket = createTokenBucket(deps.sendRateLimit);

  socket.on(
    'message:send',
    acknowledged<Message>({ event: 'message:send', logger }, async (raw) => {
      bucket.take();
      const payload = parseInput(sendMessageSchema, raw, 'message');
      const { siteId, visitorId, locale } = socket.data;
      const posted = await messaging.postVisitorMessage({ siteId, visitorId, locale }, payload);
      return {
        data: forVisitor(posted.message),
        afterAck: posted.created ? () => fanOut.visitorMessage(posted, socket) : undefined,
      };
    }),
  );

  socket.on(
    'messages:sync',
    acknowledged<Message[]>({ event: 'messages:sync', logger }, async (raw) => {
      const { afterSeq } = parseInput(syncSchema, raw, 'sync request');
      return { data: await messaging.visitorHistory(socket.data.visitorId, afterSeq) };
    }),
  );
}
