// The default AgentConnection: socket.io-client on the relay's `/agent` namespace.
import {
  type Ack,
  AGENT_NAMESPACE,
  type AgentClientToServerEvents,
  type AgentReadPayload,
  type AgentServerToClientEvents,
  type AgentSession,
  type AgentTypingPayload,
  type AssignPayload,
  type ConversationSummary,
  type HandshakeErrorData,
  isErrorCode,
  type ListConversationsPayload,
  type ListMessagesPayload,
  type Message,
  ParleyError,
  type ReplyPayload,
  type ResolvePayload,
} from '@parley/shared';
import { io, type Socket } from 'socket.io-client';
import type { AgentConnection, ConnectionStatus, ReadEvent, TypingEvent, Unsubscribe } from './connection.ts';
import { ConnectionError } from './inbox-error.ts';
import { ListenerSet } from './listener-set.ts';

type AgentSocket = Socket<AgentServerToClientEvents, AgentClientToServerEvents>;
type TimedAgentSocket = ReturnType<AgentSocket['timeout']>;

export interface SocketConnectionOptions {
  /** The relay's origin (or origin plus a path prefix), e.g. `http://localhost:8787`. */
  relayUrl: string;
  token: string;
  /** How long a request waits for its acknowledgement before it is reported as `timeout`. */
  requestTimeoutMs?: number;
}

const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

export class SocketAgentConnection implements AgentConnection {
  readonly #socket: AgentSocket;
  readonly #relayUrl: string;
  readonly #timeoutMs: number;
  readonly #messages = new ListenerSet<Message>();
  readonly #conversations = new ListenerSet<ConversationSummary>();
  readonly #sessions = new ListenerSet<AgentSession>();
  readonly #statuses = new ListenerSet<ConnectionStatus>();
  readonly #typings = new ListenerSet<TypingEvent>();
  readonly #reads = new ListenerSet<ReadEvent>();

  constructor(options: SocketConnectionOptions) {
    const url = new URL(options.relayUrl);
    this.#relayUrl = url.origin + url.pathname.replace(/\/+$/, '');
    this.#timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    // A relay mounted under a path prefix keeps Socket.IO under that prefix; the namespace stays `/agent`.
    const path = `${url.pathname.replace(/\/+$/, '')}/socket.io/`;
    this.#socket = io(url.origin + AGENT_NAMESPACE, {
      path,
      auth: { token: options.token },
      // WebSocket only: long-polling from a chrome-extension:// origin would need CORS preflights for every poll.
      transports: ['websocket'],
      autoConnect: false,
    });
    this.#wire();
  }

  connect(): void {
    this.#statuses.emit({ state: 'connecting' });
    this.#socket.connect();
  }

  disconnect(): void {
    this.#socket.disconnect();
  }

  listConversations(payload: ListConversationsPayload = {}): Promise<ConversationSummary[]> {
    return this.#request((socket) => socket.emitWithAck('conversations:list', payload));
  }

  listMessages(payload: ListMessagesPayload): Promise<Message[]> {
    return this.#request((socket) => socket.emitWithAck('messages:list', payload));
  }

  reply(payload: ReplyPayload): Promise<Message> {
    return this.#request((socket) => socket.emitWithAck('message:reply', payload));
  }

  typing(payload: AgentTypingPayload): void {
    // Volatile: never buffered for a reconnect, where it would arrive long after it stopped being true.
    if (this.#socket.connected) this.#socket.volatile.emit('typing', payload);
  }

  markRead(payload: AgentReadPayload): Promise<{ seq: number }> {
    return this.#request((socket) => socket.emitWithAck('messages:read', payload));
  }

  assign(payload: AssignPayload): Promise<ConversationSummary> {
    return this.#request((socket) => socket.emitWithAck('conversation:assign', payload));
  }

  resolve(payload: ResolvePayload): Promise<ConversationSummary> {
    return this.#request((socket) => socket.emitWithAck('conversation:resolve', payload));
  }

  onMessage(listener: (message: Message) => void): Unsubscribe {
    return this.#messages.add(listener);
  }

  onConversation(listener: (conversation: ConversationSummary) => void): Unsubscribe {
    return this.#conversations.add(listener);
  }

  onSession(listener: (session: AgentSession) => void): Unsubscribe {
    return this.#sessions.add(listener);
  }

  onStatus(listener: (status: ConnectionStatus) => void): Unsubscribe {
    return this.#statuses.add(listener);
  }

  onTyping(listener: (event: TypingEvent) => void): Unsubscribe {
    return this.#typings.add(listener);
  }

  onRead(listener: (event: ReadEvent) => void): Unsubscribe {
    return this.#reads.add(listener);
  }

  async #request<T>(send: (socket: TimedAgentSocket) => Promise<Ack<T>>): Promise<T> {
    // Socket.IO would buffer the emit until reconnect; refusing now lets the agent see why nothing happened.
    if (!this.#socket.connected) {
      throw new ConnectionError('offline', 'Not connected to the relay, so nothing was sent.');
    }
    let ack: Ack<T>;
    try {
      ack = await send(this.#socket.timeout(this.#timeoutMs));
    } catch {
      throw new ConnectionError(
        'timeout',
        `The relay did not answer within ${Math.round(this.#timeoutMs / 1000)} seconds.`,
      );
    }
    if (!ack.ok) throw ParleyError.fromBody(ack.error);
    return ack.data;
  }

  #wire(): void {
    const socket = this.#socket;
    socket.on('session', (session) => this.#sessions.emit(session));
    socket.on('conversation:updated', (conversation) => this.#conversations.emit(conversation));
    socket.on('message', (message, conversation) => {
      this.#messages.emit(message);
      // The relay sends the inbox row with each message instead of a separate conversation:updated.
      if (conversation) this.#conversations.emit(conversation);
    });
    // The same message with a translation added: the store replaces its copy by seq.
    socket.on('message:translated', (message) => this.#messages.emit(message));
    socket.on('typing', (event) => this.#typings.emit(event));
    socket.on('read', (event) => this.#reads.emit(event));
    socket.on('connect', () => this.#statuses.emit({ state: 'connected' }));
    socket.on('disconnect', (reason) => {
      if (socket.active) {
        this.#statuses.emit({ state: 'reconnecting' });
      } else if (reason === 'io client disconnect') {
        this.#statuses.emit({ state: 'disconnected' });
      } else {
        this.#statuses.emit({
          state: 'error',
          error: { code: 'offline', message: 'The relay closed the connection.' },
        });
      }
    });
    socket.on('connect_error', (err) => {
      const refusal = handshakeRefusal(err);
      // A refused handshake leaves the socket inactive: retrying with the same token would be refused again.
      if (refusal && !socket.active) {
        this.#statuses.emit({ state: 'error', error: refusal });
        return;
      }
      const error = refusal ?? {
        code: 'offline' as const,
        message: `Cannot reach the relay at ${this.#relayUrl}.`,
      };
      this.#statuses.emit(socket.active ? { state: 'reconnecting', error } : { state: 'error', error });
    });
  }
}

/** The relay's coded reason from a refused handshake, if the error carries one. */
function handshakeRefusal(err: Error): HandshakeErrorData['error'] | undefined {
  const data = (err as Error & { data?: unknown }).data;
  if (typeof data !== 'object' || data === null || !('error' in data)) return undefined;
  const body = (data as { error: unknown }).error;
  if (typeof body !== 'object' || body === null) return undefined;
  const { code, message } = body as { code?: unknown; message?: unknown };
  if (!isErrorCode(code)) return undefined;
  return { code, message: typeof message === 'string' ? message : code };
}
