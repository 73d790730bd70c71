// An in-memory AgentConnection that behaves like a small relay: for tests and UI previews, no network.
import {
  type AgentReadPayload,
  type AgentSession,
  type AgentTypingPayload,
  type Analysis,
  type AssignPayload,
  type ConversationSummary,
  checkMessageText,
  type ErrorBody,
  type ListConversationsPayload,
  type ListMessagesPayload,
  type Message,
  ParleyError,
  type ReplyPayload,
  type ResolvePayload,
} from '@parley/shared';
import type { AgentConnection, ConnectionStatus, ReadEvent, TypingEvent, Unsubscribe } from './connection.ts';
import { ConnectionError } from './inbox-error.ts';
import { ListenerSet } from './listener-set.ts';

export interface VisitorMessageInput {
  conversationId: string;
  text: string;
  analysis?: Analysis;
  siteName?: string;
  translations?: Record<string, string>;
}

/** Requests with an ack that a test can make the relay refuse. */
export type RefusableRequest = 'reply' | 'markRead' | 'assign' | 'resolve';

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
  readonly #typingListeners = new ListenerSet<TypingEvent>();
  readonly #readListeners = new ListenerSet<ReadEvent>();
  readonly #session: AgentSession;
  #connected = false;
  #handshakeRefusal: ErrorBody | undefined;
  readonly #refusals: Record<RefusableRequest, ErrorBody[]> = {
    reply: [],
    markRead: [],
    assign: [],
    resolve: [],
  };
  /** Every `typing` the agent sent while connected, in order, for tests to inspect. */
  readonly typingSent: AgentTypingPayload[] = [];
  /** Every `messages:read` the agent sent while connected, in order (refused ones included). */
  readonly readsSent: AgentReadPayload[] = [];
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
    this.#refuseIfAsked('reply');
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
    const conversation = this.#conversation(payload.conversationId);
    if (conversation.firstResponseAt === null) {
      this.#setConversation({ ...conversation, firstResponseAt: message.createdAt });
    }
    return structuredClone(message);
  }

  typing(payload: AgentTypingPayload): void {
    if (this.#connected) this.typingSent.push({ ...payload });
  }

  async markRead(payload: AgentReadPayload): Promise<{ seq: number }> {
    await this.#roundTrip();
    this.readsSent.push({ ...payload });
    this.#refuseIfAsked('markRead');
    return { seq: this.#markRead(payload.conversationId, payload.seq) };
  }

  async assign(payload: AssignPayload): Promise<ConversationSummary> {
    await this.#roundTrip();
    this.#refuseIfAsked('assign');
    return structuredClone(this.#assign(payload.conversationId, payload.agentId));
  }

  async resolve(payload: ResolvePayload): Promise<ConversationSummary> {
    await this.#roundTrip();
    this.#refuseIfAsked('resolve');
    return structuredClone(this.#resolve(payload.conversationId));
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

  onTyping(listener: (event: TypingEvent) => void): Unsubscribe {
    return this.#typingListeners.add(listener);
  }

  onRead(listener: (event: ReadEvent) => void): Unsubscribe {
    return this.#readListeners.add(listener);
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
        handedOffAt: null,
        visitorReadSeq: 0,
        visitor: { name: null, email: null, userId: null, verified: false },
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

  /** The relay's `message:translated`: a stored message comes back with a translation added. */
  translateMessage(conversationId: string, seq: number, language: string, text: string): void {
    const messages = this.#messages.get(conversationId) ?? [];
    const index = messages.findIndex((m) => m.seq === seq);
    const message = messages[index];
    if (!message) throw new Error(`No message ${seq} in ${conversationId}.`);
    const translated = { ...message, translations: { ...message.translations, [language]: text } };
    messages[index] = translated;
    if (this.#connected) this.#messageListeners.emit(structuredClone(translated));
  }

  /** The next reply is refused with this coded error, as a failed ack. */
  refuseNextReply(error: ErrorBody): void {
    this.refuseNext('reply', error);
  }

  /** The next request of this kind is refused with this coded error, as a failed ack. */
  refuseNext(request: RefusableRequest, error: ErrorBody): void {
    this.#refusals[request].push(error);
  }

  /** The shopper starts or stops typing (the relay forwards it live only; missed events are gone). */
  visitorTyping(conversationId: string, typing: boolean): void {
    if (this.#connected) this.#typingListeners.emit({ conversationId, typing });
  }

  /** The shopper's widget reports it has shown the conversation up to `seq`. */
  visitorRead(conversationId: string, seq: number): void {
    const conversation = this.#conversation(conversationId);
    const readSeq = Math.max(conversation.visitorReadSeq, Math.min(seq, conversation.lastSeq));
    this.#setConversation({ ...conversation, visitorReadSeq: readSeq });
    if (this.#connected) this.#readListeners.emit({ conversationId, seq: readSeq });
  }

  /** Another agent reads the conversation up to `seq`; the relay tells everyone with `conversation:updated`. */
  readElsewhere(conversationId: string, seq: number): void {
    this.#markRead(conversationId, seq);
  }

  /** Another agent (or an admin) assigns the conversation. */
  assignElsewhere(conversationId: string, agentId: string | null): void {
    this.#assign(conversationId, agentId);
  }

  /** Another agent resolves the conversation. */
  resolveElsewhere(conversationId: string): void {
    this.#resolve(conversationId);
  }

  /** The relay's current copy of a conversation, as a reloaded inbox would list it. */
  conversation(conversationId: string): ConversationSummary {
    return structuredClone(this.#conversation(conversationId));
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

  #refuseIfAsked(request: RefusableRequest): void {
    const refusal = this.#refusals[request].shift();
    if (refusal) throw ParleyError.fromBody(refusal);
  }

  #markRead(conversationId: string, seq: number): number {
    const conversation = this.#conversation(conversationId);
    // Read state only moves forward, and never past the last message.
    const readSeq = Math.max(conversation.agentReadSeq, Math.min(seq, conversation.lastSeq));
    if (readSeq !== conversation.agentReadSeq) {
      this.#setConversation({ ...conversation, agentReadSeq: readSeq }, { broadcast: true });
    }
    return readSeq;
  }

  #assign(conversationId: string, agentId: string | null): ConversationSummary {
    const conversation = this.#conversation(conversationId);
    const updated = { ...conversation, assigneeId: agentId, updatedAt: this.#tick() };
    this.#setConversation(updated, { broadcast: true });
    return updated;
  }

  #resolve(conversationId: string): ConversationSummary {
    const conversation = this.#conversation(conversationId);
    if (conversation.status === 'resolved') return conversation;
    const now = this.#tick();
    const updated: ConversationSummary = {
      ...conversation,
      status: 'resolved',
      resolvedAt: now,
      updatedAt: now,
    };
    this.#setConversation(updated, { broadcast: true });
    return updated;
  }

  #conversation(conversationId: string): ConversationSummary {
    const conversation = this.#conversations.get(conversationId);
    if (!conversation) throw new ParleyError('not_found', 'No such conversation.');
    return conversation;
  }

  #setConversation(conversation: ConversationSummary, options: { broadcast?: boolean } = {}): void {
    this.#conversations.set(conversation.id, conversation);
    if (options.broadcast && this.#connected) this.#conversationListeners.emit(structuredClone(conversation));
  }

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
    // A buyer writing into a resolved conversation reopens it (this stand-in's assumption of the relay's rule).
    const reopen = message.author === 'visitor' && conversation.status === 'resolved';
    const updated: ConversationSummary = {
      ...conversation,
      ...(reopen ? { status: 'open' as const, resolvedAt: null } : {}),
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
