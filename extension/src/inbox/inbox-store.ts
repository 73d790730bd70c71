// The inbox's state and the rules that keep it in step with the relay: live events, resync after reconnect, replies,
// typing and read state, assignment and resolution.
import { type AgentSession, type ConversationSummary, checkMessageText, type Message } from '@parley/shared';
import type { AgentConnection, ConnectionStatus, ReadEvent, TypingEvent } from './connection.ts';
import { type InboxError, toInboxError } from './inbox-error.ts';
import { ListenerSet } from './listener-set.ts';

/** A reply on its way to the relay, shown in the log before the relay has stored it. */
export interface PendingReply {
  clientId: string;
  text: string;
}

export interface ReplyState {
  draft: string;
  sending?: PendingReply;
  error?: InboxError;
  /** After a timeout the relay may have stored the reply; re-sending the same text reuses its clientId. */
  ambiguous?: PendingReply;
}

/** What an agent can do to a conversation from its header. */
export type ConversationAction = 'assign' | 'unassign' | 'resolve';

export interface ActionState {
  pending?: ConversationAction;
  /** The last refused action, with the relay's coded reason; cleared when the next one starts. */
  failed?: { action: ConversationAction; error: InboxError };
}

export type MessageLoad = { state: 'loading' } | { state: 'loaded' } | { state: 'failed'; error: InboxError };

export interface InboxState {
  status: ConnectionStatus;
  session: AgentSession | null;
  conversations: Readonly<Record<string, ConversationSummary>>;
  /** Set once the first list arrives, so the UI can tell "no conversations" from "not loaded yet". */
  listed: boolean;
  listError: InboxError | null;
  /** Messages per conversation, ascending by seq, one entry per seq. */
  messages: Readonly<Record<string, readonly Message[]>>;
  messageLoads: Readonly<Record<string, MessageLoad>>;
  /**
   * Read marks this client has sent (in flight or acknowledged), per conversation. Unread state itself comes from
   * the relay's `agentReadSeq`, so it survives reloads; this only keeps the dot from flickering until the ack.
   */
  readSeq: Readonly<Record<string, number>>;
  /** Conversations whose buyer is typing now; each entry expires unless a fresh `typing: true` arrives. */
  buyerTyping: Readonly<Record<string, true>>;
  actions: Readonly<Record<string, ActionState>>;
  selectedId: string | null;
  /** Whether the agent can actually see the inbox (document visible, not behind settings); gates read marks. */
  visible: boolean;
  replies: Readonly<Record<string, ReplyState>>;
}

export interface InboxTiming {
  /** "Buyer is typing…" hides this long after the last `typing: true`, in case the `typing: false` is lost. */
  typingTimeoutMs: number;
  /** While the agent keeps typing, `typing: true` goes out at most once per this interval. */
  typingThrottleMs: number;
  /** After this long without a keystroke the agent counts as no longer typing. */
  typingIdleMs: number;
}

export const DEFAULT_TIMING: InboxTiming = {
  typingTimeoutMs: 8000,
  // Under the timeout, so the buyer's indicator is refreshed before it would hide on its own.
  typingThrottleMs: 3000,
  typingIdleMs: 5000,
};

export interface InboxStoreOptions {
  newClientId?: () => string;
  timing?: Partial<InboxTiming>;
  now?: () => number;
}

export const EMPTY_REPLY: ReplyState = { draft: '' };

const URGENT_FIRST = { high: 0, normal: 1, low: 1 } as const;

/** High urgency first, then most recent activity; resolved conversations sink below open ones. */
export function sortConversations(conversations: Iterable<ConversationSummary>): ConversationSummary[] {
  return [...conversations].sort(
    (a, b) =>
      Number(a.status === 'resolved') - Number(b.status === 'resolved') ||
      URGENT_FIRST[a.urgency ?? 'normal'] - URGENT_FIRST[b.urgency ?? 'normal'] ||
      b.updatedAt.localeCompare(a.updatedAt) ||
      a.id.localeCompare(b.id),
  );
}

/** Seq of the newest buyer message this client knows of: from the summary, or from messages it holds. */
export function lastVisitorSeq(conversation: ConversationSummary, messages: readonly Message[] = []): number {
  let seq = conversation.lastMessage?.author === 'visitor' ? conversation.lastSeq : 0;
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i]!;
    if (message.seq <= seq) break;
    if (message.author === 'visitor') {
      seq = message.seq;
      break;
    }
  }
  return seq;
}

/** How far agents have read this conversation: the relay's mark, or this client's newer one on its way. */
export function agentReadSeq(state: InboxState, conversation: ConversationSummary): number {
  return Math.max(conversation.agentReadSeq, state.readSeq[conversation.id] ?? 0);
}

/** Unread means a buyer message is newer than what agents have read, by the relay's own read mark. */
export function isUnread(state: InboxState, conversation: ConversationSummary): boolean {
  return lastVisitorSeq(conversation, state.messages[conversation.id]) > agentReadSeq(state, conversation);
}

/** The newest agent message the buyer has read up to, which is where "Seen" goes; undefined if none. */
export function seenAgentMessage(
  conversation: ConversationSummary,
  messages: readonly Message[],
): Message | undefined {
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i]!;
    if (message.author === 'agent' && message.seq <= conversation.visitorReadSeq) return message;
  }
  return undefined;
}

/** The highest seq up to which this client holds every message, i.e. where a resync should resume. */
export function contiguousSeq(messages: readonly Message[]): number {
  const first = messages[0];
  if (!first) return 0;
  let seq = first.seq;
  for (const message of messages) {
    if (message.seq > seq + 1) break;
    seq = message.seq;
  }
  return seq;
}

function isNewer(incoming: ConversationSummary, current: ConversationSummary | undefined): boolean {
  if (!current) return true;
  if (incoming.lastSeq !== current.lastSeq) return incoming.lastSeq > current.lastSeq;
  return incoming.updatedAt >= current.updatedAt;
}

/**
 * Keeps the newer copy of a conversation. An ack to this client's own request (`authoritative`) wins unless a newer
 * message has overtaken it. Read marks only move forward, whichever copy wins.
 */
function mergeConversation(
  current: ConversationSummary | undefined,
  incoming: ConversationSummary,
  authoritative = false,
): ConversationSummary {
  if (!current) return incoming;
  const newer = authoritative ? incoming.lastSeq >= current.lastSeq : isNewer(incoming, current);
  const base = newer ? incoming : current;
  const visitorReadSeq = Math.max(current.visitorReadSeq, incoming.visitorReadSeq);
  const agentReadSeq = Math.max(current.agentReadSeq, incoming.agentReadSeq);
  if (
    base === current &&
    visitorReadSeq === current.visitorReadSeq &&
    agentReadSeq === current.agentReadSeq
  ) {
    return current;
  }
  return { ...base, visitorReadSeq, agentReadSeq };
}

function highestVisitorSeq(messages: readonly Message[]): number {
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i]!.author === 'visitor') return messages[i]!.seq;
  }
  return 0;
}

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

function mergeMessages(current: readonly Message[], incoming: readonly Message[]): readonly Message[] {
  const bySeq = new Map(current.map((m) => [m.seq, m]));
  for (const message of incoming) bySeq.set(message.seq, message);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

const INITIAL_STATE: InboxState = {
  status: { state: 'connecting' },
  session: null,
  conversations: {},
  listed: false,
  listError: null,
  messages: {},
  messageLoads: {},
  readSeq: {},
  buyerTyping: {},
  actions: {},
  selectedId: null,
  visible: false,
  replies: {},
};

interface OutgoingTyping {
  /** When the last `typing: true` went out, for the throttle. */
  sentAt: number;
  idle: ReturnType<typeof setTimeout>;
}

/**
 * Owns one connection's inbox. UI components read `state` and call the action methods; the store, not the
 * components, decides when to fetch, so the rules (resync after reconnect, fill gaps by seq) live in one place.
 */
export class InboxStore {
  #state: InboxState = INITIAL_STATE;
  readonly #changes = new ListenerSet<InboxState>();
  readonly #fetchingMessages = new Set<string>();
  #fetchingList = false;
  readonly #buyerTypingTimers = new Map<string, ReturnType<typeof setTimeout>>();
  readonly #agentTyping = new Map<string, OutgoingTyping>();
  readonly #newClientId: () => string;
  readonly #timing: InboxTiming;
  readonly #now: () => number;

  constructor(
    readonly connection: AgentConnection,
    options: InboxStoreOptions = {},
  ) {
    this.#newClientId = options.newClientId ?? (() => crypto.randomUUID());
    this.#timing = { ...DEFAULT_TIMING, ...options.timing };
    this.#now = options.now ?? Date.now;
  }

  get state(): InboxState {
    return this.#state;
  }

  subscribe(listener: (state: InboxState) => void): () => void {
    return this.#changes.add(listener);
  }

  /** Wires the connection and connects; the returned function undoes both. */
  start(): () => void {
    const c = this.connection;
    const unsubscribe = [
      c.onStatus((status) => this.#onStatus(status)),
      c.onSession((session) => this.#update({ session })),
      c.onConversation((conversation) => this.#upsertConversations([conversation])),
      c.onMessage((message) => this.#onLiveMessage(message)),
      c.onTyping((event) => this.#onBuyerTyping(event)),
      c.onRead((event) => this.#onBuyerRead(event)),
    ];
    c.connect();
    return () => {
      for (const id of [...this.#agentTyping.keys()]) this.stopTyping(id);
      this.#clearBuyerTyping();
      for (const off of unsubscribe) off();
      c.disconnect();
    };
  }

  reconnect(): void {
    this.connection.connect();
  }

  select(conversationId: string | null): void {
    const previous = this.#state.selectedId;
    if (previous && previous !== conversationId) this.stopTyping(previous);
    this.#update({ selectedId: conversationId });
    if (conversationId === null) return;
    if (!this.#state.messageLoads[conversationId]) void this.#fetchMessages(conversationId);
    this.#markReadIfDue();
  }

  /** Whether the agent can see the inbox right now; read marks are only sent while this is true. */
  setVisible(visible: boolean): void {
    if (visible === this.#state.visible) return;
    this.#update({ visible });
    this.#markReadIfDue();
  }

  reloadMessages(conversationId: string): void {
    void this.#fetchMessages(conversationId);
  }

  setDraft(conversationId: string, draft: string): void {
    const reply = this.#reply(conversationId);
    // Editing after a failure clears the stale error; the text itself is never thrown away.
    this.#setReply(conversationId, { ...reply, draft, error: undefined });
    this.#noteTyping(conversationId, draft);
  }

  /** The agent stopped typing here (sent, left the box, went idle, or emptied it); tells the relay once. */
  stopTyping(conversationId: string): void {
    const typing = this.#agentTyping.get(conversationId);
    if (!typing) return;
    clearTimeout(typing.idle);
    this.#agentTyping.delete(conversationId);
    this.connection.typing({ conversationId, typing: false });
  }

  assignToMe(conversationId: string): Promise<void> {
    const agentId = this.#state.session?.agentId;
    // The admin token has no agent id, so there is no "me" to assign to; the UI does not offer it.
    if (!agentId) return Promise.resolve();
    return this.#act(conversationId, 'assign', () => this.connection.assign({ conversationId, agentId }));
  }

  unassign(conversationId: string): Promise<void> {
    return this.#act(conversationId, 'unassign', () =>
      this.connection.assign({ conversationId, agentId: null }),
    );
  }

  resolve(conversationId: string): Promise<void> {
    return this.#act(conversationId, 'resolve', () => this.connection.resolve({ conversationId }));
  }

  async send(conversationId: string): Promise<void> {
    const reply = this.#reply(conversationId);
    if (reply.sending) return;
    let text: string;
    try {
      text = checkMessageText(reply.draft);
    } catch (error) {
      this.#setReply(conversationId, { ...reply, error: toInboxError(error) });
      return;
    }
    this.stopTyping(conversationId);
    const clientId = reply.ambiguous?.text === text ? reply.ambiguous.clientId : this.#newClientId();
    const pending: PendingReply = { clientId, text };
    this.#setReply(conversationId, { draft: reply.draft, sending: pending });
    try {
      const message = await this.connection.reply({ conversationId, clientId, text });
      this.#addMessages(conversationId, [message]);
      const after = this.#reply(conversationId);
      this.#setReply(conversationId, { draft: after.draft === reply.draft ? '' : after.draft });
    } catch (cause) {
      const error = toInboxError(cause);
      const after = this.#reply(conversationId);
      this.#setReply(conversationId, {
        draft: after.draft,
        error,
        ...(error.code === 'timeout' ? { ambiguous: pending } : {}),
      });
    }
  }

  // ---- connection events -----------------------------------------------------------------

  #onStatus(status: ConnectionStatus): void {
    this.#update({ status });
    // A `typing: false` sent while the link was down is lost for good; better to show nothing than a stale one.
    if (status.state !== 'connected') this.#clearBuyerTyping();
    // Every (re)connect resyncs: events sent while we were away are not replayed by the relay in general.
    if (status.state === 'connected') void this.#resync();
  }

  #onBuyerTyping(event: TypingEvent): void {
    const id = event.conversationId;
    const timer = this.#buyerTypingTimers.get(id);
    if (timer !== undefined) clearTimeout(timer);
    this.#buyerTypingTimers.delete(id);
    if (event.typing) {
      this.#buyerTypingTimers.set(
        id,
        setTimeout(
          () => this.#onBuyerTyping({ conversationId: id, typing: false }),
          this.#timing.typingTimeoutMs,
        ),
      );
      if (!this.#state.buyerTyping[id])
        this.#update({ buyerTyping: { ...this.#state.buyerTyping, [id]: true } });
    } else if (this.#state.buyerTyping[id]) {
      this.#update({ buyerTyping: without(this.#state.buyerTyping, id) });
    }
  }

  #clearBuyerTyping(): void {
    for (const timer of this.#buyerTypingTimers.values()) clearTimeout(timer);
    this.#buyerTypingTimers.clear();
    if (Object.keys(this.#state.buyerTyping).length > 0) this.#update({ buyerTyping: {} });
  }

  #onBuyerRead(event: ReadEvent): void {
    const current = this.#state.conversations[event.conversationId];
    if (!current || event.seq <= current.visitorReadSeq) return;
    this.#update({
      conversations: {
        ...this.#state.conversations,
        [current.id]: { ...current, visitorReadSeq: event.seq },
      },
    });
  }

  #onLiveMessage(message: Message): void {
    const id = message.conversationId;
    const known = this.#state.messages[id];
    if (!this.#state.conversations[id]) void this.#fetchList();
    // The buyer's message is what they were typing (a known one coming back with its translation is not).
    const isNew = !known?.some((m) => m.seq === message.seq);
    if (message.author === 'visitor' && isNew) this.#onBuyerTyping({ conversationId: id, typing: false });
    if (known && this.#state.messageLoads[id]?.state === 'loaded' && message.seq > contiguousSeq(known) + 1) {
      // A gap means we missed something; fetch from where our copy is complete, then add this one as well.
      void this.#fetchMessages(id);
    }
    this.#addMessages(id, [message]);
  }

  async #resync(): Promise<void> {
    await this.#fetchList();
    const { messageLoads, selectedId } = this.#state;
    const ids = new Set(Object.keys(messageLoads));
    if (selectedId) ids.add(selectedId);
    await Promise.all([...ids].map((id) => this.#fetchMessages(id)));
    // A read mark refused while offline is due again now, even if no new message arrived.
    this.#markReadIfDue();
  }

  async #fetchList(): Promise<void> {
    if (this.#fetchingList) return;
    this.#fetchingList = true;
    try {
      const list = await this.connection.listConversations({});
      // Merged, not replaced: a live update may have overtaken the list in flight, and the relay may page or
      // filter the list; a row only changes when the incoming copy is newer (by lastSeq, then updatedAt).
      this.#upsertConversations(list);
      this.#update({ listed: true, listError: null });
    } catch (error) {
      this.#update({ listError: toInboxError(error) });
    } finally {
      this.#fetchingList = false;
    }
  }

  async #fetchMessages(conversationId: string): Promise<void> {
    if (this.#fetchingMessages.has(conversationId)) return;
    this.#fetchingMessages.add(conversationId);
    const known = this.#state.messages[conversationId] ?? [];
    const loaded = this.#state.messageLoads[conversationId]?.state === 'loaded';
    if (!loaded) this.#setLoad(conversationId, { state: 'loading' });
    try {
      const afterSeq = loaded ? contiguousSeq(known) : 0;
      const messages = await this.connection.listMessages(
        afterSeq > 0 ? { conversationId, afterSeq } : { conversationId },
      );
      this.#addMessages(conversationId, messages);
      this.#setLoad(conversationId, { state: 'loaded' });
    } catch (error) {
      // A failed resync of an already loaded conversation keeps what is on screen; only a first load shows it.
      if (!loaded) this.#setLoad(conversationId, { state: 'failed', error: toInboxError(error) });
    } finally {
      this.#fetchingMessages.delete(conversationId);
    }
  }

  // ---- state transitions -----------------------------------------------------------------

  #update(patch: Partial<InboxState>): void {
    this.#state = { ...this.#state, ...patch };
    this.#changes.emit(this.#state);
  }

  #upsertConversations(incoming: readonly ConversationSummary[], authoritative = false): void {
    const conversations = { ...this.#state.conversations };
    for (const conversation of incoming) {
      conversations[conversation.id] = mergeConversation(
        conversations[conversation.id],
        conversation,
        authoritative,
      );
    }
    this.#update({ conversations });
    this.#markReadIfDue();
  }

  #addMessages(conversationId: string, incoming: readonly Message[]): void {
    if (incoming.length === 0) return;
    const messages = mergeMessages(this.#state.messages[conversationId] ?? [], incoming);
    const last = messages[messages.length - 1]!;
    const current = this.#state.conversations[conversationId];
    const conversations =
      current && last.seq > current.lastSeq
        ? {
            ...this.#state.conversations,
            [conversationId]: {
              ...current,
              lastSeq: last.seq,
              lastMessage: { text: last.text, author: last.author, createdAt: last.createdAt },
              // ISO-8601 timestamps sort chronologically as strings.
              updatedAt: [last.createdAt, current.updatedAt].sort().at(-1)!,
            },
          }
        : this.#state.conversations;
    this.#update({ messages: { ...this.#state.messages, [conversationId]: messages }, conversations });
    this.#markReadIfDue();
  }

  /**
   * Marks the open conversation read up to the newest buyer message on screen, if the agent can see it and that is
   * further than agents have read. Only messages this client holds count: a summary is not something one has read.
   */
  #markReadIfDue(): void {
    const { selectedId: id, visible, status } = this.#state;
    if (!id || !visible || status.state !== 'connected') return;
    const conversation = this.#state.conversations[id];
    if (!conversation) return;
    const seq = highestVisitorSeq(this.#state.messages[id] ?? []);
    const before = this.#state.readSeq[id] ?? 0;
    if (seq <= Math.max(conversation.agentReadSeq, before)) return;
    this.#update({ readSeq: { ...this.#state.readSeq, [id]: seq } });
    this.connection.markRead({ conversationId: id, seq }).then(
      (ack) => {
        const current = this.#state.conversations[id];
        if (current && ack.seq > current.agentReadSeq) {
          this.#update({
            conversations: { ...this.#state.conversations, [id]: { ...current, agentReadSeq: ack.seq } },
          });
        }
      },
      () => {
        // Not read as far as the relay knows: undo the local mark so the next chance (reconnect) sends it again.
        if (this.#state.readSeq[id] === seq)
          this.#update({ readSeq: { ...this.#state.readSeq, [id]: before } });
      },
    );
  }

  #noteTyping(conversationId: string, draft: string): void {
    if (draft.trim() === '') {
      this.stopTyping(conversationId);
      return;
    }
    const now = this.#now();
    const current = this.#agentTyping.get(conversationId);
    if (current) clearTimeout(current.idle);
    const due = !current || now - current.sentAt >= this.#timing.typingThrottleMs;
    if (due) this.connection.typing({ conversationId, typing: true });
    this.#agentTyping.set(conversationId, {
      sentAt: due ? now : current!.sentAt,
      idle: setTimeout(() => this.stopTyping(conversationId), this.#timing.typingIdleMs),
    });
  }

  async #act(
    conversationId: string,
    action: ConversationAction,
    request: () => Promise<ConversationSummary>,
  ): Promise<void> {
    if (this.#state.actions[conversationId]?.pending) return;
    this.#setAction(conversationId, { pending: action });
    try {
      const conversation = await request();
      this.#upsertConversations([conversation], true);
      this.#setAction(conversationId, {});
    } catch (error) {
      this.#setAction(conversationId, { failed: { action, error: toInboxError(error) } });
    }
  }

  #setAction(conversationId: string, action: ActionState): void {
    this.#update({ actions: { ...this.#state.actions, [conversationId]: action } });
  }

  #setLoad(conversationId: string, load: MessageLoad): void {
    this.#update({ messageLoads: { ...this.#state.messageLoads, [conversationId]: load } });
  }

  #reply(conversationId: string): ReplyState {
    return this.#state.replies[conversationId] ?? EMPTY_REPLY;
  }

  #setReply(conversationId: string, reply: ReplyState): void {
    this.#update({ replies: { ...this.#state.replies, [conversationId]: reply } });
  }
}
