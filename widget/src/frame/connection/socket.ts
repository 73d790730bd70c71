// The default ChatConnection: Socket.IO to the relay's /visitor namespace, on the frame's own (relay) origin.
import {
  type Ack,
  type ErrorBody,
  type ErrorCode,
  type Message,
  type SiteAvailability,
  VISITOR_NAMESPACE,
  type VisitorAuth,
  type VisitorClientToServerEvents,
  type VisitorConversationState,
  type VisitorServerToClientEvents,
  type VisitorSession,
} from '@parley/shared';
import { io, type Socket } from 'socket.io-client';
import type { VisitorTokenStore } from '../visitor-token.ts';
import { type ConnectionStatus, type CreateChatConnection, listenerSet } from './types.ts';

export interface SocketConnectionOptions {
  /** The relay origin; the frame is served from it, so this is `location.origin` in production. */
  url: string;
  siteKey: string;
  locale: string | undefined;
  tokens: VisitorTokenStore;
  /** How long to wait for an ack before treating the outcome as unknown and re-sending later. */
  ackTimeoutMs?: number;
}

/** Handshake refusals after which retrying cannot succeed; anything else is retried with backoff. */
const FINAL_HANDSHAKE_ERRORS = new Set([
  'unknown_site',
  'origin_not_allowed',
  'forbidden',
  'bad_request',
  'validation_failed',
]);

function handshakeError(error: Error): ErrorBody {
  const body = (error as Error & { data?: { error?: Partial<ErrorBody> } }).data?.error;
  return {
    // Any code is shown by its sentence, and an unknown one as "something went wrong" (later/error-text.ts).
    code: typeof body?.code === 'string' ? (body.code as ErrorCode) : 'internal',
    message: typeof body?.message === 'string' ? body.message : error.message,
  };
}

/** Rejects a malformed ack instead of letting it crash the UI; the relay should never send one. */
function checkAck<T>(response: Ack<T>): Ack<T> {
  if (typeof response === 'object' && response !== null && typeof response.ok === 'boolean') return response;
  return { ok: false, error: { code: 'internal', message: 'The relay sent an unreadable reply.' } };
}

export const createSocketConnection: CreateChatConnection<SocketConnectionOptions> = (options) => {
  const sessions = listenerSet<VisitorSession>();
  const messages = listenerSet<Message>();
  const statuses = listenerSet<ConnectionStatus>();
  const typings = listenerSet<boolean>();
  const reads = listenerSet<number>();
  const availabilities = listenerSet<SiteAvailability>();
  const conversations = listenerSet<VisitorConversationState>();
  const ackTimeout = options.ackTimeoutMs ?? 15_000;
  let locale = options.locale;
  let retries = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const socket: Socket<VisitorServerToClientEvents, VisitorClientToServerEvents> = io(
    options.url + VISITOR_NAMESPACE,
    {
      autoConnect: false,
      // WebSocket first and alone: it connects in one round trip and needs no sticky sessions behind a load
      // balancer. Long-polling is loaded only for networks that block WebSocket (fallBackToPolling).
      transports: ['websocket'],
      // A function, so every reconnect reads the current token and locale rather than the first ones.
      auth: (callback) => {
        const auth: VisitorAuth = { siteKey: options.siteKey };
        const visitorToken = options.tokens.get();
        if (visitorToken) auth.visitorToken = visitorToken;
        if (locale) auth.locale = locale;
        callback(auth as unknown as Record<string, unknown>);
      },
    },
  );

  let failedConnects = 0;
  /** After two failed WebSocket connects, also try long-polling (then upgrading), as Socket.IO does by default. */
  const fallBackToPolling = async () => {
    try {
      const transports = await import('./polling-fallback.ts'); // Not destructured: see vite.frame.config.ts.
      const opts = socket.io.opts;
      delete opts.transports; // engine.io refuses both options at once.
      opts.transportImplementations = [transports.XHR, transports.WebSocket];
    } catch {
      failedConnects = 0; // Could not load it (offline); try again after the next failures.
    }
  };

  const retryLater = () => {
    clearTimeout(retryTimer);
    const delay = Math.min(30_000, 1000 * 2 ** retries++) * (0.5 + Math.random() / 2);
    retryTimer = setTimeout(() => socket.connect(), delay);
  };

  socket.on('connect', () => {
    retries = 0;
    failedConnects = 0;
    statuses.emit({ state: 'online' });
  });
  socket.on('session', (session) => {
    options.tokens.set(session.visitorToken);
    sessions.emit(session);
  });
  socket.on('message', (message) => messages.emit(message));
  socket.on('typing', (event) => typings.emit(event?.typing === true));
  socket.on('read', (event) => {
    if (Number.isSafeInteger(event?.seq)) reads.emit(event.seq);
  });
  socket.on('availability', availabilities.emit);
  socket.on('conversation', conversations.emit);
  socket.on('disconnect', (reason) => {
    if (reason === 'io client disconnect') return;
    statuses.emit({ state: 'offline' });
    // The manager reconnects by itself except after a server-side disconnect.
    if (reason === 'io server disconnect') retryLater();
  });
  socket.on('connect_error', (error) => {
    if (socket.active) {
      // Transport trouble; the manager retries. A relay that is down looks the same as a blocked WebSocket, and
      // polling then costs nothing more than one small download.
      if (++failedConnects === 2 && socket.io.opts.transports) void fallBackToPolling();
      return statuses.emit({ state: 'offline' });
    }
    const body = handshakeError(error);
    if ((body.code === 'unauthorized' || body.code === 'token_expired') && options.tokens.get()) {
      // The stored identity is no longer valid: start a new one rather than locking the visitor out.
      options.tokens.clear();
      socket.connect();
    } else if (FINAL_HANDSHAKE_ERRORS.has(body.code)) {
      statuses.emit({ state: 'refused', error: body });
    } else {
      statuses.emit({ state: 'offline' });
      retryLater();
    }
  });

  const request = async <T>(emit: () => Promise<Ack<T>>): Promise<Ack<T>> => {
    // Not buffered while offline: the caller's outbox re-sends in order after the next sync.
    if (!socket.connected) throw new Error('The chat is offline.');
    return checkAck(await emit());
  };

  return {
    connect() {
      statuses.emit({ state: 'connecting' });
      socket.connect();
    },
    close() {
      clearTimeout(retryTimer);
      socket.disconnect();
    },
    send: (payload) => request(() => socket.timeout(ackTimeout).emitWithAck('message:send', payload)),
    sync: (afterSeq) => request(() => socket.timeout(ackTimeout).emitWithAck('messages:sync', { afterSeq })),
    typing(typing) {
      // socket.emit would buffer while disconnected and replay a stale "typing" after reconnect.
      if (socket.connected) socket.emit('typing', { typing });
    },
    markRead: (seq) => request(() => socket.timeout(ackTimeout).emitWithAck('messages:read', { seq })),
    identify: (payload) => request(() => socket.timeout(ackTimeout).emitWithAck('identify', payload)),
    rate: (payload) => request(() => socket.timeout(ackTimeout).emitWithAck('conversation:rate', payload)),
    setLocale(next) {
      locale = next;
    },
    onSession: sessions.add,
    onMessage: messages.add,
    onStatus: statuses.add,
    onTyping: typings.add,
    onRead: reads.add,
    onAvailability: availabilities.add,
    onConversation: conversations.add,
  };
};
