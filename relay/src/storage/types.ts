// The storage contract: every operation the relay needs from a database, and the tiny SQL client drivers implement.
import type {
  Agent,
  AgentRole,
  Analysis,
  AuthorKind,
  ConversationStatus,
  ConversationSummary,
  Intent,
  Message,
  Site,
  Urgency,
} from '@parley/shared';

export interface Visitor {
  id: string;
  siteId: string;
  locale: string | null;
  createdAt: string;
  lastSeenAt: string;
}

export interface Conversation {
  id: string;
  siteId: string;
  visitorId: string;
  status: ConversationStatus;
  language: string | null;
  intent: Intent | null;
  urgency: Urgency | null;
  lastSeq: number;
  createdAt: string;
  updatedAt: string;
}

export interface NewSite {
  name: string;
  publicKey: string;
  allowedOrigins: string[];
  defaultLanguage: string;
}

export interface NewAgent {
  siteId: string;
  name: string;
  role: AgentRole;
  language: string;
  /** SHA-256 of the token; the plaintext is never stored. */
  tokenHash: string;
}

export interface NewMessage {
  conversationId: string;
  clientId: string;
  author: AuthorKind;
  authorId: string | null;
  text: string;
  language: string;
  /** Visitor messages carry the pipeline's analysis; it also reclassifies the conversation. */
  analysis?: Analysis;
  translations?: Record<string, string>;
}

export interface AppendResult {
  message: Message;
  /** False when a message with the same clientId was already stored and is returned instead. */
  created: boolean;
  /** The conversation after the append. */
  conversation: Conversation;
}

export interface ConversationFilter {
  /** Restrict to one site; omitted means every site (admin). */
  siteId?: string;
  status?: ConversationStatus;
  limit?: number;
}

export interface EventRecord {
  type: string;
  siteId?: string | null;
  conversationId?: string | null;
  payload?: Record<string, unknown>;
}

/**
 * What the relay asks of a database. The SQL implementation serves both PGlite and PostgreSQL; a future
 * store implements this same interface. Every write that clients rely on resolves only once it is durable.
 */
export interface Storage {
  /** "pglite", "pglite-memory" or "postgres"; shown in /healthz. */
  readonly kind: string;

  countSites(): Promise<number>;
  createSite(site: NewSite): Promise<Site>;
  getSite(id: string): Promise<Site | null>;
  getSiteByPublicKey(publicKey: string): Promise<Site | null>;
  /** Oldest first, so the first-start demo site comes first. */
  listSites(): Promise<Site[]>;

  createAgent(agent: NewAgent): Promise<Agent>;
  getAgentByTokenHash(tokenHash: string): Promise<Agent | null>;

  createVisitor(visitor: { siteId: string; locale: string | null }): Promise<Visitor>;
  getVisitor(id: string): Promise<Visitor | null>;
  /** Records that the visitor is back, and their current locale if the browser sent one. */
  touchVisitor(id: string, locale: string | null): Promise<void>;

  getConversation(id: string): Promise<Conversation | null>;
  /** The visitor's open conversation, or null when they have none yet. */
  findOpenConversation(visitorId: string): Promise<Conversation | null>;
  /** Returns the visitor's open conversation, creating it if needed; concurrent calls get the same one. */
  openConversation(input: { siteId: string; visitorId: string }): Promise<{
    conversation: Conversation;
    created: boolean;
  }>;
  /** Sorted for an inbox: high urgency first, then most recently updated. */
  listConversations(filter: ConversationFilter): Promise<ConversationSummary[]>;
  getConversationSummary(id: string): Promise<ConversationSummary | null>;

  /**
   * Appends a message with seq = last_seq + 1 in one transaction. A message whose clientId is already stored
   * in the conversation is returned unchanged instead of being stored twice.
   */
  appendMessage(message: NewMessage): Promise<AppendResult>;
  findMessageByClientId(conversationId: string, clientId: string): Promise<Message | null>;
  /** Messages with seq > afterSeq, oldest first, with their analysis. */
  listMessages(conversationId: string, options?: { afterSeq?: number; limit?: number }): Promise<Message[]>;
  /** The last `count` visitor texts of the conversation, oldest first: context for short follow-ups. */
  recentVisitorTexts(conversationId: string, count: number): Promise<string[]>;

  recordEvent(event: EventRecord): Promise<void>;

  close(): Promise<void>;
}

/** A result row set; drivers return plain objects keyed by column name. */
export interface SqlResult<Row> {
  rows: Row[];
}

/** Runs statements on one connection (the pool, or the connection holding a transaction). */
export interface SqlExecutor {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<SqlResult<Row>>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** The whole surface a driver must offer; everything else is portable SQL in `sql-storage.ts`. */
export interface SqlClient extends SqlExecutor {
  readonly kind: string;
  /** Runs `fn` inside BEGIN/COMMIT on one connection, rolling back if it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
