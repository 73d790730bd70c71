// The contract between the chat UI and the relay. `socket.ts` is the real implementation, `memory.ts` an in-memory
// relay for tests and offline previews; the UI depends only on this file.
import type {
  Ack,
  ErrorBody,
  Message,
  RatePayload,
  SiteAvailability,
  VisitorConversationState,
  VisitorIdentifyPayload,
  VisitorProfile,
  VisitorSendMessagePayload,
  VisitorSession,
} from '@parley/shared';

export type ConnectionStatus =
  | { state: 'connecting' }
  /** Emitted on every (re)connect: the moment to sync and flush the outbox. */
  | { state: 'online' }
  | { state: 'offline' }
  /** The relay refused the handshake for good (unknown site, origin not allowed); retrying will not help. */
  | { state: 'refused'; error: ErrorBody };

export type Unsubscribe = () => void;

export interface ChatConnection {
  connect(): void;
  close(): void;
  /**
   * Resolves with the relay's ack, including `{ ok: false }` refusals. Rejects only when the outcome is unknown
   * (offline, disconnected before the ack, timed out): the caller keeps the message and re-sends the same clientId.
   */
  send(payload: VisitorSendMessagePayload): Promise<Ack<Message>>;
  /** Everything after `afterSeq` in this visitor's conversation. Rejects like `send`. */
  sync(afterSeq: number): Promise<Ack<Message[]>>;
  /** Tells the agents whether the visitor is typing. Fire-and-forget: dropped, never queued, while offline. */
  typing(typing: boolean): void;
  /** Marks the conversation read up to `seq` (the relay only moves it forward). Rejects like `send`. */
  markRead(seq: number): Promise<Ack<{ seq: number }>>;
  /** Stores who the shopper is (Parley('identify'), the away-mode email form). Rejects like `send`. */
  identify(payload: VisitorIdentifyPayload): Promise<Ack<VisitorProfile>>;
  /** Rates the resolved conversation (CSAT, 1 to 5). Rejects like `send`. */
  rate(payload: RatePayload): Promise<Ack<VisitorConversationState>>;
  /** Locale hint for the next handshake. */
  setLocale(locale: string): void;
  onSession(listener: (session: VisitorSession) => void): Unsubscribe;
  onMessage(listener: (message: Message) => void): Unsubscribe;
  onStatus(listener: (status: ConnectionStatus) => void): Unsubscribe;
  /** An agent started or stopped typing in this conversation. */
  onTyping(listener: (typing: boolean) => void): Unsubscribe;
  /** Agents have read this conversation up to `seq`. */
  onRead(listener: (seq: number) => void): Unsubscribe;
  /** The team came online or went away (business hours, agents connected). */
  onAvailability(listener: (availability: SiteAvailability) => void): Unsubscribe;
  /** The conversation was resolved, reopened or rated (possibly from another tab). */
  onConversation(listener: (state: VisitorConversationState) => void): Unsubscribe;
}

/** Every implementation is made by a factory of this shape, so main.tsx and tests swap them in one line. */
export type CreateChatConnection<Options> = (options: Options) => ChatConnection;

/** A tiny typed listener set shared by the implementations. */
export function listenerSet<T>() {
  const listeners = new Set<(value: T) => void>();
  return {
    add(listener: (value: T) => void): Unsubscribe {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(value: T): void {
      for (const listener of listeners) listener(value);
    },
  };
}
