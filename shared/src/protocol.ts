// Wire types shared by widget, extension and relay: domain records and the typed Socket.IO event maps.
import type { ErrorBody } from './errors.ts';
import type { Intent, Urgency } from './intents.ts';

export const VISITOR_NAMESPACE = '/visitor';
export const AGENT_NAMESPACE = '/agent';

export type AuthorKind = 'visitor' | 'agent' | 'bot' | 'system';

/** What the language pipeline concluded about one message. */
export interface Analysis {
  language: string;
  script?: string;
  region?: string;
  intent: Intent;
  urgency: Urgency;
  /** 0..1, the classifier's confidence in `intent`. */
  confidence: number;
  /** True when a fallback (not the configured engine) produced this analysis. */
  degraded: boolean;
}

export interface Message {
  /** Server-assigned id. */
  id: string;
  conversationId: string;
  /** Per-conversation sequence number, starting at 1, with no gaps. Clients resume from the last one they saw. */
  seq: number;
  /** Client-generated id; a re-send with the same clientId returns the stored message instead of a duplicate. */
  clientId: string;
  author: AuthorKind;
  /** Agent id for agent messages; null otherwise. */
  authorId: string | null;
  text: string;
  /** Language of `text` as detected (visitor) or declared (agent). */
  language: string;
  /** Present for visitor messages in agent-facing payloads; never sent to visitors. */
  analysis?: Analysis;
  /** Translations of `text`, keyed by language code. */
  translations: Record<string, string>;
  createdAt: string;
}

export type ConversationStatus = 'open' | 'resolved';

export interface ConversationSummary {
  id: string;
  siteId: string;
  siteName: string;
  visitorId: string;
  status: ConversationStatus;
  /** The buyer's language, from the latest analysed visitor message. */
  language: string | null;
  intent: Intent | null;
  urgency: Urgency | null;
  lastSeq: number;
  lastMessage: { text: string; author: AuthorKind; createdAt: string } | null;
  createdAt: string;
  updatedAt: string;
}

export interface Site {
  id: string;
  name: string;
  /** Public key used in the widget's `data-site` attribute. */
  publicKey: string;
  allowedOrigins: string[];
  defaultLanguage: string;
  createdAt: string;
}

export type AgentRole = 'agent' | 'admin';

export interface Agent {
  id: string;
  siteId: string;
  name: string;
  role: AgentRole;
  /** The language the agent reads and writes; translations target it. */
  language: string;
  createdAt: string;
}

// ---- Socket.IO acknowledgements -------------------------------------------------------------

export type Ack<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };
export type AckCallback<T> = (response: Ack<T>) => void;

// ---- /visitor namespace ---------------------------------------------------------------------

export interface VisitorAuth {
  siteKey: string;
  /** Token from an earlier `session` event; lets a reloaded page continue the same conversation. */
  visitorToken?: string;
  /** `navigator.language`, used as a language-detection hint. */
  locale?: string;
}

export interface VisitorSession {
  visitorToken: string;
  visitorId: string;
  conversationId: string | null;
  siteName: string;
}

export interface SendMessagePayload {
  clientId: string;
  text: string;
}

export interface SyncPayload {
  /** Highest seq the client already has; the relay returns everything after it. */
  afterSeq: number;
}

export interface VisitorServerToClientEvents {
  session: (session: VisitorSession) => void;
  message: (message: Message) => void;
}

export interface VisitorClientToServerEvents {
  'message:send': (payload: SendMessagePayload, ack: AckCallback<Message>) => void;
  'messages:sync': (payload: SyncPayload, ack: AckCallback<Message[]>) => void;
}

// ---- /agent namespace -----------------------------------------------------------------------

export interface AgentAuth {
  /** An agent token, or the admin token. */
  token: string;
}

export interface AgentSession {
  agentId: string | null;
  name: string;
  role: AgentRole;
  language: string;
}

export interface ListConversationsPayload {
  status?: ConversationStatus;
}

export interface ListMessagesPayload {
  conversationId: string;
  afterSeq?: number;
}

export interface ReplyPayload {
  conversationId: string;
  clientId: string;
  text: string;
}

export interface AgentServerToClientEvents {
  session: (session: AgentSession) => void;
  'conversation:updated': (conversation: ConversationSummary) => void;
  message: (message: Message) => void;
}

export interface AgentClientToServerEvents {
  'conversations:list': (payload: ListConversationsPayload, ack: AckCallback<ConversationSummary[]>) => void;
  'messages:list': (payload: ListMessagesPayload, ack: AckCallback<Message[]>) => void;
  'message:reply': (payload: ReplyPayload, ack: AckCallback<Message>) => void;
}

/** Error delivered with a refused Socket.IO handshake, as `connect_error`'s `data`. */
export interface HandshakeErrorData {
  error: ErrorBody;
}
