// The chat's state and rules, independent of Preact: draft, confirmed messages, the ordered outbox of unacked
// sends (re-sent with the same clientId after every reconnect), connection status, the visitor-facing notice, and
// the live signals both ways: typing, and read receipts.
import {
  type Ack,
  type AttachmentRef,
  type ErrorBody,
  MAX_ATTACHMENTS_PER_MESSAGE,
  type Message,
  parseLocale,
  readMessageText,
  type SiteAvailability,
  type VisitorConversationState,
  type VisitorIdentifyPayload,
  type VisitorProfile,
  type VisitorSession,
} from '@parley/shared';
import type { ChatConnection, ConnectionStatus, Unsubscribe } from './connection/types.ts';
import { lastSeq, mergeMessages, resumeSeq } from './merge-messages.ts';
import type { SavedChat } from './saved-chat.ts';

export interface OutboxMessage {
  clientId: string;
  text: string;
  /** Photos already uploaded to the relay, sent with the text. */
  attachments?: AttachmentRef[];
  /** 'sending' until acked (also while offline: it goes out after reconnect); 'failed' once the relay refused it. */
  status: 'sending' | 'failed';
  createdAt: string;
}

export interface ChatState {
  status: ConnectionStatus['state'];
  /** Why the relay refused the handshake, when status is 'refused'. */
  refusal: ErrorBody | undefined;
  siteName: string;
  draft: string;
  /** Photos uploaded for the next message, shown above the message box until sent or removed. */
  attachments: readonly AttachmentRef[];
  /** Confirmed messages, sorted by seq. */
  messages: readonly Message[];
  /** Not yet acknowledged, in the order the visitor sent them. */
  outbox: readonly OutboxMessage[];
  /** The last error the visitor should read (the UI words it in their language), or undefined. */
  notice: Pick<ErrorBody, 'code' | 'details'> | undefined;
  /** Language to show agent replies in: the visitor's latest message, else their locale. */
  visitorLanguage: string | undefined;
  /** Who the relay knows the shopper as; null until the first session. */
  profile: VisitorProfile | null;
  /** Whether someone can answer now: the away notice shows otherwise. */
  availability: SiteAvailability;
  /** The conversation's status and rating, once there is a conversation. */
  conversation: VisitorConversationState | null;
  /** An agent is typing; cleared by their stop event, their message, a disconnect, or AGENT_TYPING_TIMEOUT_MS. */
  agentTyping: boolean;
  /** Highest seq agents have read (from `read` events); only moves forward. */
  agentReadSeq: number;
}

/** While the visitor keeps typing, `typing: true` goes out at most this often (it doubles as a keep-alive). */
export const TYPING_THROTTLE_MS = 2500;
/** This long after the last keystroke the visitor counts as no longer typing. */
export const TYPING_IDLE_MS = 5000;
/** The agent's indicator hides after this long without a new `typing: true`, in case their stop event was lost. */
export const AGENT_TYPING_TIMEOUT_MS = 8000;

export interface ChatStore {
  getState(): ChatState;
  subscribe(listener: () => void): Unsubscribe;
  start(): void;
  stop(): void;
  setDraft(text: string): void;
  /** Validates and sends the draft; a locally refused draft stays put with a notice. */
  /** Sends the draft with the uploaded photos; a photo alone goes out under its file name. */
  send(): void;
  /** A photo the relay stored, to go with the next message (at most MAX_ATTACHMENTS_PER_MESSAGE). */
  attach(attachment: AttachmentRef): void;
  unattach(id: string): void;
  /** Shows an error the visitor should read, e.g. a refused upload. */
  tell(notice: Pick<ErrorBody, 'code' | 'details'>): void;
  /** The visitor left the message box: agents stop seeing them type. */
  stopTyping(): void;
  /** Whether the visitor can see the conversation (frame open, tab visible); read receipts go out only then. */
  setVisible(visible: boolean): void;
  /**
   * Tells the relay who the shopper is; kept and sent once online when called earlier. Resolves with the relay's
   * answer, or undefined when it could not be asked (offline, disconnected).
   */
  identify(identity: VisitorIdentifyPayload): Promise<Ack<VisitorProfile> | undefined>;
  /** Rates the resolved conversation, 1 to 5; the prompt stays until the relay stored the rating. */
  rate(rating: number): Promise<boolean>;
  setLocale(locale: string): void;
  /** Agent and bot replies that are new to this frame (live, or missed while offline), not loaded history. */
  onAgentMessage(listener: (message: Message) => void): Unsubscribe;
}

export interface ChatStoreOptions {
  locale?: string | undefined;
  /** Where unsent messages and the latest history outlive the page; without one they live as long as the frame. */
  saved?: SavedChat;
  newClientId?: () => string;
  now?: () => Date;
  /** Pause before re-sending after an ack timed out on a connection that still looks alive. */
  retryAfterMs?: number;
  /** Whether the conversation starts out visible (see `setVisible`); true unless said otherwise. */
  visible?: boolean;
}

const fromAgent = (message: Message) => message.author === 'agent' || message.author === 'bot';

/** crypto.randomUUID needs a secure context; plain-http test relays still deserve unique ids. */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

export function createChatStore(connection: ChatConnection, options: ChatStoreOptions = {}): ChatStore {
  const makeId = options.newClientId ?? newClientId;
  const now = options.now ?? (() => new Date());
  const listeners = new Set<() => void>();
  const agentListeners = new Set<(message: Message) => void>();
  const subscriptions: Unsubscribe[] = [];
  let state: ChatState = {
    status: 'connecting',
    refusal: undefined,
    siteName: '',
    draft: '',
    attachments: [],
    messages: [],
    outbox: [],
    notice: undefined,
    visitorLanguage: parseLocale(options.locale)?.language,
    profile: null,
    availability: { open: true, agentsOnline: true, nextOpenAt: null },
    conversation: null,
    agentTyping: false,
    agentReadSeq: 0,
  };
  let conversationId: string | null = null;
  /** Until the first sync lands, arriving messages are history, not news for the host page. */
  let synced = false;
  let flushing = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** Settles once an earlier page's unsent messages are back in the outbox; nothing is sent before that. */
  let restored: Promise<void> = Promise.resolve();
  let visible = options.visible ?? true;
  /** Highest agent or bot seq reported read in this conversation (or being reported right now). */
  let readReported = 0;
  let reporting = false;
  /** When `typing: true` last went out; undefined while the relay believes the visitor is not typing. */
  let typingSentAt: number | undefined;
  let typingIdleTimer: ReturnType<typeof setTimeout> | undefined;
  let agentTypingTimer: ReturnType<typeof setTimeout> | undefined;
  /** What the host page said about the shopper before the relay could be told; newer fields win. */
  let pendingIdentity: VisitorIdentifyPayload | undefined;

  const update = (patch: Partial<ChatState>) => {
    const before = state;
    state = { ...state, ...patch };
    const saved = options.saved;
    if (saved && state.outbox !== before.outbox) {
      const sending = state.outbox.filter((item) => item.status === 'sending');
      const kept = new Set(sending.map((item) => item.clientId));
      const settled = before.outbox.filter((item) => !kept.has(item.clientId)).map((item) => item.clientId);
      saved.saveOutbox(sending, settled);
    }
    if (saved && state.messages !== before.messages) saved.saveHistory(state.messages);
    for (const listener of listeners) listener();
  };

  const receive = (incoming: readonly Message[], fresh: boolean) => {
    const before = state.messages;
    const messages = mergeMessages(before, incoming);
    if (messages === before) return;
    const held = new Set(before.map((message) => message.id));
    const added = messages.filter((message) => !held.has(message.id));
    conversationId ??= added[0]?.conversationId ?? null;
    // A message the relay already holds leaves the outbox, whichever way it came back: that makes delivery
    // exactly-once even when the ack itself was lost.
    const confirmed = new Set(added.filter((m) => m.author === 'visitor').map((m) => m.clientId));
    const latestVisitor = [...added].reverse().find((m) => m.author === 'visitor' && m.language !== 'und');
    const replies = fresh ? added.filter(fromAgent) : [];
    // The reply is what they were typing; the indicator must not outlive it.
    if (replies.length) clearTimeout(agentTypingTimer);
    update({
      messages,
      outbox: state.outbox.filter((item) => !confirmed.has(item.clientId)),
      visitorLanguage: latestVisitor?.language ?? state.visitorLanguage,
      ...(replies.length > 0 && { agentTyping: false }),
    });
    for (const message of replies) {
      for (const listener of agentListeners) listener(message);
    }
    void reportRead();
  };

  /**
   * Tells the relay the visitor has read up to the newest agent or bot message, once it is on screen. One report at a
   * time; a report that fails on a lost connection is made again after the next sync.
   */
  const reportRead = async () => {
    if (reporting) return;
    reporting = true;
    try {
      for (;;) {
        const seq = lastSeq(state.messages.filter(fromAgent));
        if (!visible || !online() || seq <= readReported) return;
        const ack = await connection.markRead(seq);
        // Also when refused: the same report would only be refused again.
        readReported = Math.max(readReported, seq);
        if (!ack.ok) console.warn(`Parley: read receipt refused (${ack.error.code}): ${ack.error.message}`);
      }
    } catch {
      // Outcome unknown (disconnected, timed out); the relay only moves read state forward, so re-reporting is safe.
    } finally {
      reporting = false;
    }
  };

  const setAgentTyping = (typing: boolean) => {
    clearTimeout(agentTypingTimer);
    if (typing) agentTypingTimer = setTimeout(setAgentTyping, AGENT_TYPING_TIMEOUT_MS, false);
    // Repeated `typing: true` events change nothing, so the live region is not re-announced.
    if (typing !== state.agentTyping) update({ agentTyping: typing });
  };

  const stopTyping = () => {
    clearTimeout(typingIdleTimer);
    if (typingSentAt === undefined) return;
    typingSentAt = undefined;
    connection.typing(false);
  };

  const typed = (draft: string) => {
    if (!draft.trim()) return stopTyping();
    // Never sent while disconnected: a stale "typing" replayed after reconnect would mislead the agent.
    if (!online()) return;
    clearTimeout(typingIdleTimer);
    typingIdleTimer = setTimeout(stopTyping, TYPING_IDLE_MS);
    const at = now().getTime();
    if (typingSentAt === undefined || at - typingSentAt >= TYPING_THROTTLE_MS) {
      typingSentAt = at;
      connection.typing(true);
    }
  };

  const online = () => state.status === 'online';

  /** Sends the pending identity; kept for the next connection when the outcome is unknown. */
  const sendIdentity = async (): Promise<Ack<VisitorProfile> | undefined> => {
    const identity = pendingIdentity;
    if (!identity || !online()) return undefined;
    pendingIdentity = undefined;
    try {
      const ack = await connection.identify(identity);
      if (ack.ok) update({ profile: ack.data });
      else console.warn(`Parley: identify refused (${ack.error.code}): ${ack.error.message}`);
      return ack;
    } catch {
      pendingIdentity = { ...identity, ...(pendingIdentity ?? {}) };
      return undefined;
    }
  };

  const sync = async () => {
    try {
      await restored;
      const ack = await connection.sync(resumeSeq(state.messages));
      if (ack.ok) receive(ack.data, synced);
      else console.warn(`Parley: sync refused (${ack.error.code}): ${ack.error.message}`);
      synced = synced || ack.ok;
    } catch {
      return; // Disconnected again; the next 'online' syncs.
    }
    void reportRead(); // A report lost with the old connection goes out again even when nothing new arrived.
    await flush();
  };

  /** Sends the outbox one message at a time, so the relay assigns seqs in the order the visitor typed. */
  const flush = async () => {
    if (flushing) return;
    flushing = true;
    try {
      await restored;
      for (;;) {
        const item = state.outbox.find((entry) => entry.status === 'sending');
        if (!item || !online()) return;
        const ack = await connection.send({
          clientId: item.clientId,
          text: item.text,
          ...(item.attachments && { attachmentIds: item.attachments.map((file) => file.id) }),
        });
        if (ack.ok) {
          receive([ack.data], false);
          // An ack for a message already merged from a live event still settles the outbox entry.
          update({ outbox: state.outbox.filter((entry) => entry.clientId !== item.clientId) });
        } else {
          refused(item, ack.error);
        }
      }
    } catch {
      // Outcome unknown: keep the entry. After a disconnect, the next 'online' syncs and flushes; after a timeout
      // on a live connection, try again soon (the relay dedupes by clientId, so a re-send cannot duplicate).
      if (online()) retryTimer = setTimeout(flush, options.retryAfterMs ?? 3000);
    } finally {
      flushing = false;
    }
  };

  /** The relay said no: give the text back to the composer if it is empty, else keep it as a failed bubble. */
  const refused = (item: OutboxMessage, error: ErrorBody) => {
    const giveBack = state.draft.trim() === '';
    update({
      notice: error,
      draft: giveBack ? item.text : state.draft,
      outbox: giveBack
        ? state.outbox.filter((entry) => entry !== item)
        : state.outbox.map((entry) => (entry === item ? { ...entry, status: 'failed' } : entry)),
    });
  };

  const onSession = (session: VisitorSession) => {
    const changed = state.messages.length > 0 && session.conversationId !== conversationId;
    conversationId = session.conversationId;
    if (changed) readReported = 0;
    // A new identity (the old token expired) means a new conversation: the old bubbles are not this one's.
    update({
      siteName: session.siteName,
      availability: session.availability,
      conversation: session.conversation,
      profile: session.profile,
      ...(changed && { messages: [], agentReadSeq: 0 }),
    });
    if (changed) void sync();
  };

  const onStatus = (status: ConnectionStatus) => {
    if (status.state !== 'online') {
      // The relay forgets the typing state of a socket that left; both sides start clean on reconnect.
      clearTimeout(typingIdleTimer);
      typingSentAt = undefined;
      setAgentTyping(false);
    }
    update({ status: status.state, refusal: status.state === 'refused' ? status.error : undefined });
    if (status.state === 'refused') {
      console.error(`Parley: the relay refused this chat (${status.error.code}): ${status.error.message}`);
    }
    if (status.state === 'online') {
      void sync();
      void sendIdentity();
    }
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      subscriptions.push(
        connection.onStatus(onStatus),
        connection.onSession(onSession),
        connection.onMessage((message) => receive([message], true)),
        connection.onTyping(setAgentTyping),
        connection.onRead((seq) => {
          if (seq > state.agentReadSeq) update({ agentReadSeq: seq });
        }),
        connection.onAvailability((availability) => update({ availability })),
        connection.onConversation((conversation) => update({ conversation })),
      );
      const saved = options.saved;
      if (saved) {
        restored = saved.load().then(({ outbox, history }) => {
          // Shown at once; the first sync then adds what is newer, and a session for another conversation
          // (an expired identity) clears it (onSession).
          if (history.length && !state.messages.length) receive(history, false);
          const known = new Set(state.outbox.map((item) => item.clientId));
          const missing = outbox.filter((item) => !known.has(item.clientId));
          if (missing.length) update({ outbox: [...missing, ...state.outbox] });
        });
      }
      connection.connect();
    },
    stop() {
      clearTimeout(retryTimer);
      clearTimeout(typingIdleTimer);
      clearTimeout(agentTypingTimer);
      for (const unsubscribe of subscriptions.splice(0)) unsubscribe();
      connection.close();
    },
    setDraft(draft) {
      // A stale error next to a changed draft would be misleading; send() re-checks anyway.
      update({ draft, notice: undefined });
      typed(draft);
    },
    send() {
      const attachments = state.attachments;
      const checked = readMessageText(state.draft.trim() || attachments.map((file) => file.name).join(', '));
      if (!checked.ok) return update({ notice: checked.problem });
      const { text } = checked;
      const item: OutboxMessage = {
        clientId: makeId(),
        text,
        status: 'sending',
        createdAt: now().toISOString(),
      };
      if (attachments.length) item.attachments = [...attachments];
      stopTyping();
      update({ draft: '', attachments: [], notice: undefined, outbox: [...state.outbox, item] });
      void flush();
    },
    attach(attachment) {
      if (state.attachments.length < MAX_ATTACHMENTS_PER_MESSAGE)
        update({ attachments: [...state.attachments, attachment], notice: undefined });
    },
    unattach(id) {
      update({ attachments: state.attachments.filter((file) => file.id !== id) });
    },
    tell(notice) {
      update({ notice });
    },
    stopTyping,
    setVisible(next) {
      visible = next;
      if (next) void reportRead();
      else stopTyping();
    },
    identify(identity) {
      pendingIdentity = { ...pendingIdentity, ...identity };
      return sendIdentity();
    },
    async rate(rating) {
      try {
        const ack = await connection.rate({ rating });
        if (ack.ok) update({ conversation: ack.data });
        else update({ notice: ack.error });
        return ack.ok;
      } catch {
        return false;
      }
    },
    setLocale(locale) {
      connection.setLocale(locale);
      const language = parseLocale(locale)?.language;
      if (language && !state.messages.some((m) => m.author === 'visitor'))
        update({ visitorLanguage: language });
    },
    onAgentMessage(listener) {
      agentListeners.add(listener);
      return () => agentListeners.delete(listener);
    },
  };
}
