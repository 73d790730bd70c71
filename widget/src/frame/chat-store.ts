// The chat's state and rules, independent of Preact: draft, confirmed messages, the ordered outbox of unacked
// sends (re-sent with the same clientId after every reconnect), connection status and the visitor-facing notice.
import {
  checkMessageText,
  type ErrorBody,
  type Message,
  ParleyError,
  parseLocale,
  type VisitorSession,
} from '@parley/shared';
import type { ChatConnection, ConnectionStatus, Unsubscribe } from './connection/types.ts';
import { lastSeq, mergeMessages } from './merge-messages.ts';
import type { OutboxStore } from './outbox-store.ts';
import { errorText } from './strings.ts';

export interface OutboxMessage {
  clientId: string;
  text: string;
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
  /** Confirmed messages, sorted by seq. */
  messages: readonly Message[];
  /** Not yet acknowledged, in the order the visitor sent them. */
  outbox: readonly OutboxMessage[];
  /** The last error the visitor should read, in their words, or undefined. */
  notice: string | undefined;
  /** Language to show agent replies in: the visitor's latest message, else their locale. */
  visitorLanguage: string | undefined;
  /** From Parley('identify'); kept for the relay's visitor profile, which the wire protocol does not carry yet. */
  identity: { name?: string; email?: string };
}

export interface ChatStore {
  getState(): ChatState;
  subscribe(listener: () => void): Unsubscribe;
  start(): void;
  stop(): void;
  setDraft(text: string): void;
  /** Validates and sends the draft; a locally refused draft stays put with a notice. */
  send(): void;
  identify(identity: { name?: string; email?: string }): void;
  setLocale(locale: string): void;
  /** Agent and bot replies that are new to this frame (live, or missed while offline), not loaded history. */
  onAgentMessage(listener: (message: Message) => void): Unsubscribe;
}

export interface ChatStoreOptions {
  locale?: string | undefined;
  /** Where unsent messages outlive the page; without one they live as long as the frame. */
  outbox?: OutboxStore;
  newClientId?: () => string;
  now?: () => Date;
  /** Pause before re-sending after an ack timed out on a connection that still looks alive. */
  retryAfterMs?: number;
}

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
    messages: [],
    outbox: [],
    notice: undefined,
    visitorLanguage: parseLocale(options.locale)?.language,
    identity: {},
  };
  let conversationId: string | null = null;
  /** Until the first sync lands, arriving messages are history, not news for the host page. */
  let synced = false;
  let flushing = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** Settles once an earlier page's unsent messages are back in the outbox; nothing is sent before that. */
  let restored: Promise<void> = Promise.resolve();

  const update = (patch: Partial<ChatState>) => {
    const before = state.outbox;
    state = { ...state, ...patch };
    if (state.outbox !== before)
      options.outbox?.save(state.outbox.filter((item) => item.status === 'sending'));
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
    update({
      messages,
      outbox: state.outbox.filter((item) => !confirmed.has(item.clientId)),
      visitorLanguage: latestVisitor?.language ?? state.visitorLanguage,
    });
    if (fresh) {
      for (const message of added) {
        if (message.author === 'agent' || message.author === 'bot') {
          for (const listener of agentListeners) listener(message);
        }
      }
    }
  };

  const sync = async () => {
    try {
      await restored;
      const ack = await connection.sync(lastSeq(state.messages));
      if (ack.ok) receive(ack.data, synced);
      else console.warn(`Parley: sync refused (${ack.error.code}): ${ack.error.message}`);
      synced = synced || ack.ok;
    } catch {
      return; // Disconnected again; the next 'online' syncs.
    }
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
        if (!item || state.status !== 'online') return;
        const ack = await connection.send({ clientId: item.clientId, text: item.text });
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
      if (state.status === 'online') retryTimer = setTimeout(flush, options.retryAfterMs ?? 3000);
    } finally {
      flushing = false;
    }
  };

  /** The relay said no: give the text back to the composer if it is empty, else keep it as a failed bubble. */
  const refused = (item: OutboxMessage, error: ErrorBody) => {
    const giveBack = state.draft.trim() === '';
    update({
      notice: errorText(error),
      draft: giveBack ? item.text : state.draft,
      outbox: giveBack
        ? state.outbox.filter((entry) => entry !== item)
        : state.outbox.map((entry) => (entry === item ? { ...entry, status: 'failed' } : entry)),
    });
  };

  const onSession = (session: VisitorSession) => {
    const changed = state.messages.length > 0 && session.conversationId !== conversationId;
    conversationId = session.conversationId;
    // A new identity (the old token expired) means a new conversation: the old bubbles are not this one's.
    update({ siteName: session.siteName, ...(changed && { messages: [] }) });
    if (changed) void sync();
  };

  const onStatus = (status: ConnectionStatus) => {
    update({ status: status.state, refusal: status.state === 'refused' ? status.error : undefined });
    if (status.state === 'refused') {
      console.error(`Parley: the relay refused this chat (${status.error.code}): ${status.error.message}`);
    }
    if (status.state === 'online') void sync();
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
      );
      const outbox = options.outbox;
      if (outbox) {
        restored = outbox.load().then((earlier) => {
          const known = new Set(state.outbox.map((item) => item.clientId));
          const missing = earlier.filter((item) => !known.has(item.clientId));
          if (missing.length) update({ outbox: [...missing, ...state.outbox] });
        });
      }
      connection.connect();
    },
    stop() {
      clearTimeout(retryTimer);
      for (const unsubscribe of subscriptions.splice(0)) unsubscribe();
      connection.close();
    },
    setDraft(draft) {
      // A stale error next to a changed draft would be misleading; send() re-checks anyway.
      update({ draft, notice: undefined });
    },
    send() {
      let text: string;
      try {
        text = checkMessageText(state.draft);
      } catch (error) {
        update({ notice: errorText(ParleyError.fromUnknown(error)) });
        return;
      }
      const item: OutboxMessage = {
        clientId: makeId(),
        text,
        status: 'sending',
        createdAt: now().toISOString(),
      };
      update({ draft: '', notice: undefined, outbox: [...state.outbox, item] });
      void flush();
    },
    identify(identity) {
      update({ identity: { ...state.identity, ...identity } });
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
