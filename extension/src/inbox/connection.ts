// The contract between the inbox UI and a relay: what an agent can ask for and what it hears back.
import type {
  AgentSession,
  ConversationSummary,
  ListConversationsPayload,
  ListMessagesPayload,
  Message,
  ReplyPayload,
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
  onMessage(listener: (message: Message) => void): Unsubscribe;
  onConversation(listener: (conversation: ConversationSummary) => void): Unsubscribe;
  onSession(listener: (session: AgentSession) => void): Unsubscribe;
  /** Called with every status change; `connected` fires again after each reconnect so callers can resync. */
  onStatus(listener: (status: ConnectionStatus) => void): Unsubscribe;
}
