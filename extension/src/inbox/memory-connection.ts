// An in-memory AgentConnection that behaves like a small relay: for tests and UI previews, no network.
import {
  type AgentSession,
  type Analysis,
  type ConversationSummary,
  checkMessageText,
  type ErrorBody,
  type ListConversationsPayload,
  type ListMessagesPayload,
  type Message,
  ParleyError,
  type ReplyPayload,
} from '@parley/shared';
import type { AgentConnection, ConnectionStatus, Unsubscribe } from './connection.ts';
import { ConnectionError } from './inbox-error.ts';
import { ListenerSet } from './listener-set.ts';

export interface VisitorMessageInput {
  conversationId: string;
  text: string;
  analysis?: Analysis;
  siteName?: string;
  translations?: Record<string, string>;
}

const DEFAULT_SESSION: AgentSession = {
  agentId: 'agent-1',
  name: 'Demo agent',
  role: 'agent',
  language: 'en',
};

/**
 * Keeps conversations and messages the way the relay does (per-conversation seq, clientId de-duplication) and
 * lets a test act as the relay: deliver a visitor message, refuse a reply, drop and restore the link.
 */
export class MemoryAgentConnection implements AgentConnection {
  readonly #conversations = new Map<string, ConversationSummary>();
  readonly #messages = new Map<string, Message[]>();
  readonly #messageListeners = new ListenerSet<Message>();
  readonly #conversationListeners = new ListenerSet<ConversationSummary>();
  readonly #sessionListeners = new ListenerSet<AgentSession>();
  readonly #statusListeners = new ListenerSet<ConnectionStatus>();
  readonly #session: AgentSession;
  #connected = false;
  #handshakeRefusal: ErrorBody | undefined;
  #replyRefusals: ErrorBody[] = [];
  #replyGate: Promise<void> | undefined;
  #clock = Date.parse('2025-01-01T00:00:00Z');
  #ids = 0;

  constructor(options: { session?: AgentSession } = {}) {
    this.#session = options.session ?? DEFAULT_SESSION;
  }

  // ---- AgentConnection -------------------------------------------------------------------

  connect(): void {
    this.#statusListeners.emit({ state: 'connecting' });
    queueMicrotask(() => {
      if (this.#handshakeRefusal) {
        this.#statusListeners.emit({ state: 'error', error: this.#handshakeRefusal });
        return;
      }
      this.#connected = true;
      this.#statusListeners.emit({ state: 'connected' });
      this.#sessionListeners.emit(this.#session);
    });
  }

  disconnect(): void {
    this.#connected = false;
    this.#statusListeners.emit({ state: 'disconnected' });
  }

  async listConversations(payload: ListConversationsPayload = {}): Promise<ConversationSummary[]> {
    await this.#roundTrip();
    return [...this.#conversations.values()]
      .filter((c) => payload.status === undefined || c.status === payload.status)
      .map((c) => structuredClone(c));
  }

  async listMessages(payload: ListMessagesPayload): Promise<Message[]> {
    await this.#roundTrip();
    if (!this.#conversations.has(payload.conversationId)) {
      throw new ParleyError('not_found', 'No such conversation.');
    }
    const after = payload.afterSeq ?? 0;
    return (this.#messages.get(payload.conversationId) ?? [])
      .filter((m) => m.seq > after)
      .map((m) => structuredClone(m));
  }

  async reply(payload: ReplyPayload): Promise<Message> {
    await this.#roundTrip();
    await this.#replyGate;
    const refusal = this.#replyRefusals.shift();
    if (refusal) throw ParleyError.fromBody(refusal);
    const text = checkMessageText(payload.text);
    const existing = this.#messages.get(payload.conversationId)?.find((m) => m.clientId === payload.clientId);
    if (existing) return structuredClone(existing);
    const message = this.#append(payload.conversationId, {
      clientId: payload.clientId,
      author: 'agent',
      authorId: this.#session.agentId,
      text,
      language: this.#session.language,
      translations: {},
    });
    return structuredClone(message);
  }

  onMessage(listener: (message: Message) => void): Unsubscribe {
    return this.#messageListeners.add(listener);
  }

  onConversation(listener: (conversation: ConversationSummary) => void): Unsubscribe {
    return this.#conversationListeners.add(listener);
  }

  onSession(listener: (session: AgentSession) => void): Unsubscribe {
    return this.#sessionListeners.add(listener);
  }

  onStatus(listener: (status: ConnectionStatus) => void): Unsubscribe {
    return this.#statusListeners.add(listener);
  }

  // ---- acting as the relay ---------------------------------------------------------------

  /** A shopper writes; the conversation is created on its first message, as the relay does. */
  receiveVisitorMessage(input: VisitorMessageInput): Message {
    if (!this.#conversations.has(input.conversationId)) {
      const now = this.#tick();
      this.#conversations.set(input.conversationId, {
        id: input.conversationId,
        siteId: 'site-1',
        siteName: input.siteName ?? 'Demo store',
        visitorId: `visitor-${input.conversationId}`,
        status: 'open',
        language: null,
        intent: null,
        urgency: null,
        lastSeq: 0,
        lastMessage: null,
        assigneeId: null,
        visitorReadSeq: 0,
        agentReadSeq: 0,
        firstResponseAt: null,
        resolvedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      this.#messages.set(input.conversationId, []);
    }
    return this.#append(input.conversationId, {
      clientId: `visitor-${++this.#ids}`,
      author: 'visitor',
      authorId: null,
      text: input.text,
      language: input.analysis?.language ?? 'und',
      ...(input.analysis ? { analysis: input.analysis } : {}),
      translations: input.translations ?? {},
    });
  }

  /** The next reply is refused with this coded error, as a failed ack. */
  refuseNextReply(error: ErrorBody): void {
    this.#replyRefusals.push(error);
  }

  /** Replies wait until the returned function is called, so a test can see the sending state. */
  holdReplies(): () => void {
    let release!: () => void;
    this.#replyGate = new Promise((resolve) => {
      release = resolve;
    });
    return () => {
      this.#replyGate = undefined;
      release();
    };
  }

  /** Every later handshake is refused with this error, as the relay does for a bad token. */
  refuseHandshakes(error: ErrorBody): void {
    this.#handshakeRefusal = error;
  }

  /** The link drops: events are missed until {@link restoreLink}, but the relay keeps storing messages. */
  dropLink(): void {
    this.#connected = false;
    this.#statusListeners.emit({ state: 'reconnecting' });
  }

  restoreLink(): void {
    this.#connected = true;
    this.#statusListeners.emit({ state: 'connected' });
    this.#sessionListeners.emit(this.#session);
  }

  // ---- internals -------------------------------------------------------------------------

  async #roundTrip(): Promise<void> {
    if (!this.#connected)
      throw new ConnectionError('offline', 'Not connected to the relay, so nothing was sent.');
    // A real ack never arrives in the same tick; resolving later keeps tests honest about async UI states.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  #append(
    conversationId: string,
    fields: Omit<Message, 'id' | 'conversationId' | 'seq' | 'createdAt'>,
  ): Message {
    const list = this.#messages.get(conversationId);
    const conversation = this.#conversations.get(conversationId);
    if (!list || !conversation) throw new ParleyError('not_found', 'No such conversation.');
    const createdAt = this.#tick();
    const message: Message = {
      ...fields,
      id: `m${++this.#ids}`,
      conversationId,
      seq: list.length + 1,
      createdAt,
    };
    list.push(message);
    const analysis = message.analysis;
    const updated: ConversationSummary = {
      ...conversation,
      lastSeq: message.seq,
      lastMessage: { text: message.text, author: message.author, createdAt },
      updatedAt: createdAt,
      ...(analysis
        ? { language: analysis.language, intent: analysis.intent, urgency: analysis.urgency }
        : {}),
    };
    this.#conversations.set(conversationId, updated);
    if (this.#connected) {
      this.#conversationListeners.emit(structuredClone(updated));
      this.#messageListeners.emit(structuredClone(message));
    }
    return message;
  }

  #tick(): string {
    this.#clock += 1000;
    return new Date(this.#clock).toISOString();
  }
}
