// An in-memory relay implementing ChatConnection: the test implementation for the UI and an offline preview.
// It follows the relay's rules (checkMessageText, clientId dedupe, gap-free seq, acks after "persisting").
import {
  type Ack,
  checkMessageText,
  type ErrorBody,
  type ErrorCode,
  type Message,
  ParleyError,
  type RatePayload,
  type SiteAvailability,
  type VisitorConversationState,
  type VisitorIdentifyPayload,
  type VisitorProfile,
  type VisitorSendMessagePayload,
  type VisitorSession,
} from '@parley/shared';
import { type ChatConnection, type ConnectionStatus, listenerSet } from './types.ts';

export interface MemoryConnectionOptions {
  siteName?: string;
  /** Messages the conversation already holds, as after a reload. */
  history?: Message[];
  /** When true, acks wait for `releaseAcks()`, so a test can look at the "sending" state. */
  holdAcks?: boolean;
  /** When set, the handshake is refused with this error. */
  refuseHandshake?: ErrorBody;
  /** Also broadcast the visitor's own message to them, before the ack, as a room-wide emit would. */
  echoOwnMessages?: boolean;
  /** The team's availability in the session; open with agents online unless said otherwise. */
  availability?: SiteAvailability;
  /** The stored profile the session reports, as after an earlier `identify`. */
  profile?: Partial<VisitorProfile>;
}

export interface MemoryConnection extends ChatConnection {
  /** What the relay holds, in seq order. */
  readonly stored: readonly Message[];
  /** Every send that reached the relay, duplicates included. */
  readonly received: readonly VisitorSendMessagePayload[];
  /** Every `identify` that reached the relay, in order. */
  readonly identifyReceived: readonly VisitorIdentifyPayload[];
  /** Every `conversation:rate` that reached the relay, in order. */
  readonly ratingsReceived: readonly RatePayload[];
  /** Every `typing` event that reached the relay, in order. */
  readonly typingReceived: readonly boolean[];
  /** The seq of every `messages:read` that reached the relay, in order. */
  readonly readsReceived: readonly number[];
  /** The relay refuses the next send with this code, as it would for a rate limit. */
  refuseNextSend(code: ErrorCode, message?: string): void;
  /** The relay stores the next message but its ack never arrives, as on a timeout over a live connection. */
  loseNextAck(): void;
  agentSays(
    text: string,
    options?: {
      author?: 'agent' | 'bot' | 'system';
      translations?: Record<string, string>;
      attachments?: Message['attachments'];
    },
  ): Message;
  /** The team comes online or goes away. */
  setAvailability(availability: SiteAvailability): void;
  /** An agent resolves (or reopens) the conversation; the visitor hears of it while connected. */
  agentSetsStatus(status: VisitorConversationState['status']): void;
  /** An agent starts or stops typing; like every event, it reaches the visitor only while connected. */
  agentTyping(typing: boolean): void;
  /** Agents have read the conversation up to `seq`. */
  agentReads(seq: number): void;
  goOffline(): void;
  goOnline(): void;
  releaseAcks(): void;
  readonly connected: boolean;
}

const CONVERSATION_ID = 'conv_memory';

/** A CreateChatConnection<MemoryConnectionOptions> whose result also has the test controls above. */
export function createMemoryConnection(options: MemoryConnectionOptions = {}): MemoryConnection {
  const sessions = listenerSet<VisitorSession>();
  const messages = listenerSet<Message>();
  const statuses = listenerSet<ConnectionStatus>();
  const typings = listenerSet<boolean>();
  const reads = listenerSet<number>();
  const stored: Message[] = [...(options.history ?? [])];
  const received: VisitorSendMessagePayload[] = [];
  const identifyReceived: VisitorIdentifyPayload[] = [];
  const ratingsReceived: RatePayload[] = [];
  const availabilities = listenerSet<SiteAvailability>();
  const conversations = listenerSet<VisitorConversationState>();
  let availability: SiteAvailability = options.availability ?? {
    open: true,
    agentsOnline: true,
    nextOpenAt: null,
  };
  let profile: VisitorProfile = {
    name: null,
    email: null,
    userId: null,
    verified: false,
    ...options.profile,
  };
  let conversation: VisitorConversationState | null = null;
  const typingReceived: boolean[] = [];
  const readsReceived: number[] = [];
  let visitorReadSeq = 0;
  const unanswered = new Set<{ deliver(): void; fail(): void }>();
  let refusal: ErrorBody | undefined;
  let loseAck = false;
  let connected = false;
  let wanted = false;
  let clock = Date.parse('2025-01-01T09:00:00Z');

  const store = (
    author: Message['author'],
    clientId: string,
    text: string,
    translations = {},
    attachments?: Message['attachments'],
  ): Message => {
    clock += 60_000;
    conversation ??= { conversationId: CONVERSATION_ID, status: 'open', rating: null };
    const message: Message = {
      id: `msg_${stored.length + 1}`,
      conversationId: CONVERSATION_ID,
      seq: stored.length + 1,
      clientId,
      author,
      authorId: author === 'agent' ? 'agent_1' : null,
      text,
      language: 'und',
      translations,
      ...(attachments && { attachments }),
      createdAt: new Date(clock).toISOString(),
    };
    stored.push(message);
    return message;
  };

  const open = () => {
    queueMicrotask(() => {
      if (!wanted) return;
      if (options.refuseHandshake) return statuses.emit({ state: 'refused', error: options.refuseHandshake });
      connected = true;
      statuses.emit({ state: 'online' });
      sessions.emit({
        visitorToken: 'token_memory',
        visitorId: 'visitor_memory',
        conversationId: stored.length ? CONVERSATION_ID : null,
        siteName: options.siteName ?? 'Demo Store',
        availability,
        conversation: stored.length
          ? (conversation ?? { conversationId: CONVERSATION_ID, status: 'open', rating: null })
          : null,
        profile,
      });
    });
  };

  const reply = <T>(ack: Ack<T>): Promise<Ack<T>> =>
    new Promise((resolve, reject) => {
      const entry = {
        deliver() {
          unanswered.delete(entry);
          resolve(ack);
        },
        // What was stored stays stored: a lost ack is exactly the case sync and clientId dedupe exist for.
        fail() {
          unanswered.delete(entry);
          reject(new Error('The chat disconnected before the relay answered.'));
        },
      };
      unanswered.add(entry);
      if (!options.holdAcks) queueMicrotask(() => unanswered.has(entry) && entry.deliver());
    });

  const offline = () => Promise.reject(new Error('The chat is offline.'));

  return {
    stored,
    received,
    typingReceived,
    readsReceived,
    get connected() {
      return connected;
    },
    connect() {
      wanted = true;
      statuses.emit({ state: 'connecting' });
      open();
    },
    close() {
      wanted = false;
      connected = false;
      for (const entry of [...unanswered]) entry.fail();
    },
    send(payload) {
      if (!connected) return offline();
      received.push(payload);
      if (refusal) {
        const error = refusal;
        refusal = undefined;
        return reply({ ok: false, error });
      }
      const existing = stored.find((message) => message.clientId === payload.clientId);
      if (existing) return reply({ ok: true, data: existing });
      let text: string;
      try {
        text = checkMessageText(payload.text);
      } catch (error) {
        return reply({ ok: false, error: ParleyError.fromUnknown(error).toBody() });
      }
      const attachments = payload.attachmentIds?.map((id) => ({
        id,
        name: `${id}.png`,
        type: 'image/png',
        size: 1,
        url: `/api/v1/attachments/${id}`,
      }));
      const message = store('visitor', payload.clientId, text, {}, attachments);
      if (loseAck) {
        loseAck = false;
        return Promise.reject(new Error('operation has timed out'));
      }
      // With a room-wide broadcast the event reaches the visitor before the ack does; clients must cope.
      if (options.echoOwnMessages) messages.emit(message);
      return reply({ ok: true, data: message });
    },
    sync(afterSeq) {
      if (!connected) return offline();
      return reply({ ok: true, data: stored.filter((message) => message.seq > afterSeq) });
    },
    typing(typing) {
      if (connected) typingReceived.push(typing);
    },
    markRead(seq) {
      if (!connected) return offline();
      readsReceived.push(seq);
      visitorReadSeq = Math.max(visitorReadSeq, seq);
      return reply({ ok: true, data: { seq: visitorReadSeq } });
    },
    identify(payload) {
      if (!connected) return offline();
      identifyReceived.push(payload);
      if (payload.userId !== undefined) {
        return reply({ ok: false, error: { code: 'forbidden', message: 'userHash does not match.' } });
      }
      profile = {
        ...profile,
        ...(payload.name !== undefined && { name: payload.name }),
        ...(payload.email !== undefined && { email: payload.email }),
      };
      return reply({ ok: true, data: profile });
    },
    rate(payload) {
      if (!connected) return offline();
      ratingsReceived.push(payload);
      if (conversation?.status !== 'resolved') {
        return reply({ ok: false, error: { code: 'conflict', message: 'Only a resolved conversation.' } });
      }
      conversation = { ...conversation, rating: payload.rating };
      return reply({ ok: true, data: conversation });
    },
    setLocale() {},
    onSession: sessions.add,
    onMessage: messages.add,
    onStatus: statuses.add,
    onTyping: typings.add,
    onRead: reads.add,
    onAvailability: availabilities.add,
    onConversation: conversations.add,
    identifyReceived,
    ratingsReceived,
    setAvailability(next) {
      availability = next;
      if (connected) availabilities.emit(next);
    },
    agentSetsStatus(status) {
      conversation = { conversationId: CONVERSATION_ID, status, rating: null };
      if (connected) conversations.emit(conversation);
    },
    refuseNextSend(code, message = `Refused with ${code}.`) {
      refusal = { code, message };
    },
    loseNextAck() {
      loseAck = true;
    },
    agentSays(text, { author = 'agent', translations, attachments } = {}) {
      const message = store(author, `${author}_${stored.length + 1}`, text, translations, attachments);
      if (connected) messages.emit(message);
      return message;
    },
    agentTyping(typing) {
      if (connected) typings.emit(typing);
    },
    agentReads(seq) {
      if (connected) reads.emit(seq);
    },
    goOffline() {
      connected = false;
      for (const entry of [...unanswered]) entry.fail();
      statuses.emit({ state: 'offline' });
    },
    goOnline() {
      if (wanted) open();
    },
    releaseAcks() {
      for (const entry of [...unanswered]) entry.deliver();
    },
  };
}
