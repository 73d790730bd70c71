// The contract between the inbox UI and a relay: what an agent can ask for and what it hears back.
import type {
  AgentReadPayload,
  AgentSession,
  AgentTypingPayload,
  AssignPayload,
  ConversationSummary,
  ListConversationsPayload,
  ListMessagesPayload,
  Message,
  ReplyPayload,
  ResolvePayload,
} from '@parley/shared';
import type { InboxError } from './inbox-error.ts';

/**
 * Where the link to the relay stands. `error` means it will not retry on its own (e.g. the token was refused);
 * `reconnecting` means it will, so the UI only has to wait.
 */
export type ConnectionStatus =
  | { state: 'connecting' }
  | { state: 'connected' }
  | { state: 'reconnecting'; error?: InboxError }
  | { state: 'error'; error: InboxError }
  | { state: 'disconnected' };

export type Unsubscribe = () => void;

/** The visitor of a conversation started or stopped typing. */
export interface TypingEvent {
  conversationId: string;
  typing: boolean;
}

/** The visitor of a conversation has read it up to `seq`. */
export interface ReadEvent {
  conversationId: string;
  seq: number;
}

/**
 * One agent's link to the relay's `/agent` namespace. The socket.io implementation is the default;
 * tests and previews pass the in-memory one. Requests reject with an {@link InboxError}-compatible error.
 */
export interface AgentConnection {
  connect(): void;
  disconnect(): void;
  listConversations(payload?: ListConversationsPayload): Promise<ConversationSummary[]>;
  listMessages(payload: ListMessagesPayload): Promise<Message[]>;
  reply(payload: ReplyPayload): Promise<Message>;
  /** Fire and forget (no ack): dropped while offline, since a stale "typing" is worse than none. */
  typing(payload: AgentTypingPayload): void;
  /** Marks the conversation read up to `seq` for agents; resolves with the seq the relay now holds. */
  markRead(payload: AgentReadPayload): Promise<{ seq: number }>;
  /** Assigns to an agent, or back to the queue with `agentId: null`; resolves with the updated conversation. */
  assign(payload: AssignPayload): Promise<ConversationSummary>;
  resolve(payload: ResolvePayload): Promise<ConversationSummary>;
  onMessage(listener: (message: Message) => void): Unsubscribe;
  onConversation(listener: (conversation: ConversationSummary) => void): Unsubscribe;
  onSession(listener: (session: AgentSession) => void): Unsubscribe;
  onTyping(listener: (event: TypingEvent) => void): Unsubscribe;
  onRead(listener: (event: ReadEvent) => void): Unsubscribe;
  /** Called with every status change; `connected` fires again after each reconnect so callers can resync. */
  onStatus(listener: (status: ConnectionStatus) => void): Unsubscribe;
}
