// The inbox's state and the rules that keep it in step with the relay: live events, resync after reconnect, replies.
import { type AgentSession, type ConversationSummary, checkMessageText, type Message } from '@parley/shared';
import type { AgentConnection, ConnectionStatus } from './connection.ts';
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
  /** Highest seq the agent has had on screen, per conversation; drives the unread dot. */
  seenSeq: Readonly<Record<string, number>>;
  selectedId: string | null;
  replies: Readonly<Record<string, ReplyState>>;
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

/** Unread means the buyer spoke last and the agent has not had that message on screen. */
export function isUnread(state: InboxState, conversation: ConversationSummary): boolean {
  return (
    conversation.lastMessage?.author === 'visitor' &&
    conversation.lastSeq > (state.seenSeq[conversation.id] ?? 0)
  );
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
  seenSeq: {},
  selectedId: null,
  replies: {},
};

/**
 * Owns one connection's inbox. UI components read `state` and call the action methods; the store, not the
 * components, decides when to fetch, so the rules (resync after reconnect, fill gaps by seq) live in one place.
 */
export class InboxStore {
  #state: InboxState = INITIAL_STATE;
  readonly #changes = new ListenerSet<InboxState>();
  readonly #fetchingMessages = new Set<string>();
  #fetchingList = false;

  constructor(
    readonly connection: AgentConnection,
    private readonly newClientId: () => string = () => crypto.randomUUID(),
  ) {}

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
    ];
    c.connect();
    return () => {
      for (const off of unsubscribe) off();
      c.disconnect();
    };
  }

  reconnect(): void {
    this.connection.connect();
  }

  select(conversationId: string | null): void {
    this.#update({ selectedId: conversationId });
    if (conversationId === null) return;
    this.#markSeen(conversationId);
    if (!this.#state.messageLoads[conversationId]) void this.#fetchMessages(conversationId);
  }

  reloadMessages(conversationId: string): void {
    void this.#fetchMessages(conversationId);
  }

  setDraft(conversationId: string, draft: string): void {
    const reply = this.#reply(conversationId);
    // Editing after a failure clears the stale error; the text itself is never thrown away.
    this.#setReply(conversationId, { ...reply, draft, error: undefined });
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
    const clientId = reply.ambiguous?.text === text ? reply.ambiguous.clientId : this.newClientId();
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
    // Every (re)connect resyncs: events sent while we were away are not replayed by the relay in general.
    if (status.state === 'connected') void this.#resync();
  }

  #onLiveMessage(message: Message): void {
    const id = message.conversationId;
    const known = this.#state.messages[id];
    if (!this.#state.conversations[id]) void this.#fetchList();
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

  #upsertConversations(incoming: readonly ConversationSummary[]): void {
    const conversations = { ...this.#state.conversations };
    for (const conversation of incoming) {
      if (isNewer(conversation, conversations[conversation.id]))
        conversations[conversation.id] = conversation;
    }
    this.#update({ conversations });
    if (this.#state.selectedId) this.#markSeen(this.#state.selectedId);
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
    if (this.#state.selectedId === conversationId) this.#markSeen(conversationId);
  }

  #markSeen(conversationId: string): void {
    const lastSeq = this.#state.conversations[conversationId]?.lastSeq ?? 0;
    const held = this.#state.messages[conversationId]?.at(-1)?.seq ?? 0;
    const seq = Math.max(lastSeq, held);
    if ((this.#state.seenSeq[conversationId] ?? 0) >= seq) return;
    this.#update({ seenSeq: { ...this.#state.seenSeq, [conversationId]: seq } });
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
