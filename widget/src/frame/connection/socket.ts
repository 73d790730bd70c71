// The default ChatConnection: Socket.IO to the relay's /visitor namespace, on the frame's own (relay) origin.
import {
  type Ack,
  type ErrorBody,
  isErrorCode,
  type Message,
  VISITOR_NAMESPACE,
  type VisitorAuth,
  type VisitorClientToServerEvents,
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
    code: isErrorCode(body?.code) ? body.code : 'internal',
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
  const ackTimeout = options.ackTimeoutMs ?? 15_000;
  let locale = options.locale;
  let retries = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const socket: Socket<VisitorServerToClientEvents, VisitorClientToServerEvents> = io(
    options.url + VISITOR_NAMESPACE,
    {
      autoConnect: false,
      // Named, so engine.io never reaches for WebTransport, which the frame build leaves out.
      transports: ['polling', 'websocket'],
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

  const retryLater = () => {
    clearTimeout(retryTimer);
    const delay = Math.min(30_000, 1000 * 2 ** retries++) * (0.5 + Math.random() / 2);
    retryTimer = setTimeout(() => socket.connect(), delay);
  };

  socket.on('connect', () => {
    retries = 0;
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
  socket.on('disconnect', (reason) => {
    if (reason === 'io client disconnect') return;
    statuses.emit({ state: 'offline' });
    // The manager reconnects by itself except after a server-side disconnect.
    if (reason === 'io server disconnect') retryLater();
  });
  socket.on('connect_error', (error) => {
    if (socket.active) return statuses.emit({ state: 'offline' }); // Transport trouble; the manager retries.
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
    setLocale(next) {
      locale = next;
    },
    onSession: sessions.add,
    onMessage: messages.add,
    onStatus: statuses.add,
    onTyping: typings.add,
    onRead: reads.add,
  };
};
