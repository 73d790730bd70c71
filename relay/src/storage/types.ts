// The storage contract: every operation the relay needs from a database, and the tiny SQL client drivers implement.
import type {
  Agent,
  AgentPersona,
  AgentRole,
  Analysis,
  AttachmentRef,
  AuthorKind,
  AutoReplySettings,
  BusinessHours,
  ConversationStatus,
  ConversationSummary,
  GlossaryEntry,
  Intent,
  Message,
  Site,
  Urgency,
  VisitorProfile,
} from '@parley/shared';
import type { Commitment, KnowledgeTopic } from '../knowledge/vocabulary.ts';
import type { ConversationFacts, TeamEventFacts } from '../team-metrics/compute.ts';

export interface Visitor {
  id: string;
  siteId: string;
  locale: string | null;
  /** What `identify` stored; agents see it on every inbox row. */
  profile: VisitorProfile;
  createdAt: string;
  lastSeenAt: string;
}

/** What `identify` changes: fields left out keep their value. `userId` only once its hash was checked. */
export interface VisitorProfilePatch {
  name?: string;
  email?: string;
  /** A user id the caller verified; storing it marks the visitor verified. */
  verifiedUserId?: string;
}

/** The visitor's latest conversation and the rating of its current resolution (null while open or unrated). */
export interface VisitorThread {
  conversation: Conversation;
  rating: number | null;
}

/** A site as stored: the wire Site plus what only the relay and admins need. */
export type SiteRecord = Site & {
  /** The first-start demo site. */
  demo: boolean;
  /** Bumped on every glossary change; part of translation cache keys. */
  glossaryVersion: number;
};

/** A conversation as stored: the inbox row without what is joined in (site name, last message, visitor profile). */
export type Conversation = Omit<ConversationSummary, 'siteName' | 'lastMessage' | 'visitor'>;

export interface NewSite {
  name: string;
  publicKey: string;
  allowedOrigins: string[];
  defaultLanguage: string;
  /** Defaults to [defaultLanguage]. */
  languages?: string[];
  businessHours?: BusinessHours | null;
  glossary?: GlossaryEntry[];
  demo?: boolean;
  /** Defaults to off. */
  autoReply?: AutoReplySettings;
}

export type SitePatch = Partial<
  Pick<
    Site,
    'name' | 'allowedOrigins' | 'defaultLanguage' | 'languages' | 'businessHours' | 'glossary' | 'autoReply'
  >
>;

export interface NewAgent {
  siteId: string;
  name: string;
  role: AgentRole;
  language: string;
  /** Defaults to [language]. */
  languageSkills?: string[];
  persona?: AgentPersona;
  /** SHA-256 of the token; the plaintext is never stored. */
  tokenHash: string;
}

/** An agent's token beyond their original one, e.g. a paired Chrome extension's. Its hash is never read back. */
export interface AgentToken {
  id: string;
  agentId: string;
  label: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export type AgentPatch = Partial<Pick<Agent, 'name' | 'role' | 'language' | 'languageSkills' | 'persona'>>;

/** Who uploaded a file; only they may attach it to a message. */
export type Uploader = { kind: 'visitor'; id: string } | { kind: 'agent'; id: string } | { kind: 'admin' };

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
  /** Files to attach: each must be unattached, of the conversation's site, and uploaded by `uploader`. */
  attachments?: { ids: string[]; uploader: Uploader };
}

export interface AppendResult {
  message: Message;
  /** False when a message with the same clientId was already stored and is returned instead. */
  created: boolean;
  /** The conversation after the append. */
  conversation: Conversation;
  /** The inbox row after the append, ready to fan out. */
  summary: ConversationSummary;
  /** True when this visitor message reopened a resolved conversation. */
  reopened: boolean;
}

export interface ConversationFilter {
  /** Restrict to one site; omitted means every site (admin). */
  siteId?: string;
  status?: ConversationStatus;
  /** An agent id, or null for conversations waiting in the queue (no assignee). */
  assigneeId?: string | null;
  language?: string;
  /** Conversations with at least one visitor message analysed with this intent. */
  intent?: Intent;
  urgency?: Urgency;
  /** Last activity (updatedAt) at or after this instant. */
  since?: string;
  /** Last activity (updatedAt) before this instant. */
  until?: string;
  /** From a previous page's `nextCursor`. */
  cursor?: string;
  limit?: number;
}

export interface ConversationPage {
  data: ConversationSummary[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** A stored file without its bytes. */
export interface AttachmentRecord extends AttachmentRef {
  siteId: string;
  conversationId: string | null;
  messageId: string | null;
  uploader: Uploader;
  sha256: string;
  createdAt: string;
}

export interface NewAttachment {
  siteId: string;
  conversationId: string | null;
  uploader: Uploader;
  name: string;
  type: string;
  sha256: string;
  bytes: Uint8Array;
}

/** What a GDPR erasure removed, for the anonymised `visitor.erased` event and the API answer. */
export interface ErasureReport {
  siteId: string;
  conversations: number;
  messages: number;
  attachments: number;
  events: number;
}

/** A date range [since, until), and optionally one site and one buyer language. */
export interface TeamMetricsFilter {
  since: string;
  until: string;
  siteId?: string | undefined;
  language?: string | undefined;
}

export interface EventRecord {
  type: string;
  siteId?: string | null;
  conversationId?: string | null;
  payload?: Record<string, unknown>;
}

/** What a knowledge entry says; every version of an entry keeps exactly this. */
export interface KnowledgeContent {
  topic: KnowledgeTopic;
  title: string;
  /** Answer text by language code; at least one. */
  answers: Record<string, string>;
  tags: string[];
  /** Commitments this policy lets an agent make (a refund, say). */
  allows: Commitment[];
}

/** One entry of a site's knowledge base: the answer suggestions, the bot and agents all read. */
export interface KnowledgeEntry extends KnowledgeContent {
  id: string;
  siteId: string;
  /** 1 when created, bumped on every update. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type NewKnowledgeEntry = Pick<KnowledgeContent, 'topic' | 'title' | 'answers'> &
  Partial<Pick<KnowledgeContent, 'tags' | 'allows'>> & { siteId: string };

/** Replaces the given fields; `answers` replaces the whole map. */
export type KnowledgePatch = Partial<KnowledgeContent>;

/** A version an update replaced, as it was. */
export interface KnowledgeVersion {
  entryId: string;
  version: number;
  content: KnowledgeContent;
  /** When this version was written (created, or the update that made it). */
  createdAt: string;
}

/**
 * What the relay asks of a database. The SQL implementation serves both PGlite and PostgreSQL; a future
 * store implements this same interface. Every write that clients rely on resolves only once it is durable.
 */
export interface Storage {
  /** "pglite", "pglite-memory" or "postgres"; shown in /healthz. */
  readonly kind: string;

  /** Resolves when the database answers a trivial query; used by /readyz. */
  ping(): Promise<void>;
  /**
   * Runs `fn` while holding a database-wide lock named `name`, so relays sharing one database do it one at a
   * time (first-start seeding). Other storage calls keep working inside `fn`.
   */
  exclusive<T>(name: string, fn: () => Promise<T>): Promise<T>;

  /**
   * The secret stored under `name`, storing `candidate` first when there is none. Relays sharing a database
   * thus agree on one value (the first to start brings its own), and a relay upgraded from a data-dir secret
   * keeps it.
   */
  adoptSecret(name: string, candidate: string): Promise<string>;

  countSites(): Promise<number>;
  createSite(site: NewSite): Promise<SiteRecord>;
  getSite(id: string): Promise<SiteRecord | null>;
  getSiteByPublicKey(publicKey: string): Promise<SiteRecord | null>;
  /** Oldest first, so the first-start demo site comes first. */
  listSites(): Promise<SiteRecord[]>;
  /** Changes only the given fields; bumps glossaryVersion when the glossary changes. Null if no such site. */
  updateSite(id: string, patch: SitePatch): Promise<SiteRecord | null>;
  /**
   * The key the merchant's server signs user ids with (hex HMAC-SHA256 of the user id). Every site has one from
   * its creation; it is kept out of SiteRecord so no site listing can leak it. Null if no such site.
   */
  getIdentitySecret(siteId: string): Promise<string | null>;
  /** Replaces the site's identity secret with a new random one and returns it; the old one stops verifying at once. */
  rotateIdentitySecret(siteId: string): Promise<string | null>;

  createAgent(agent: NewAgent): Promise<Agent>;
  getAgent(id: string): Promise<Agent | null>;
  /**
   * The agent holding the token: their original one (`agents.token_hash`) or any of their extra tokens
   * (`agent_tokens`), in one indexed statement that also notes when an extra token was last used.
   */
  getAgentByTokenHash(tokenHash: string): Promise<Agent | null>;
  /** Oldest first; every site's agents when siteId is omitted. */
  listAgents(siteId?: string): Promise<Agent[]>;
  updateAgent(id: string, patch: AgentPatch): Promise<Agent | null>;
  /** Replaces the agent's token: the old one stops working at once. */
  setAgentTokenHash(id: string, tokenHash: string): Promise<Agent | null>;
  /** Conversations assigned to the agent go back to the queue. False if no such agent. */
  deleteAgent(id: string): Promise<boolean>;

  /**
   * Stores a pairing code's hash for the agent, in one statement that deletes the agent's earlier codes (an
   * unused one stops working) and codes of anyone that expired over a day ago.
   */
  createPairingCode(input: { agentId: string; codeHash: string; expiresAt: string }): Promise<void>;
  /**
   * Spends the code if it is unused and unexpired at `now`, and gives its agent the new token, in one statement:
   * of two exchanges of one code, exactly one gets the agent; the other (and any bad code) gets null.
   */
  exchangePairingCode(input: {
    codeHash: string;
    now: string;
    token: { tokenHash: string; label: string };
  }): Promise<{ agent: Agent; token: AgentToken } | null>;
  /** The agent's extra tokens (never their hashes), oldest first. */
  listAgentTokens(agentId: string): Promise<AgentToken[]>;
  /** Revokes one of the agent's extra tokens; false if the agent has no token with that id. */
  deleteAgentToken(agentId: string, tokenId: string): Promise<boolean>;

  createVisitor(visitor: { siteId: string; locale: string | null }): Promise<Visitor>;
  getVisitor(id: string): Promise<Visitor | null>;
  /** Records that the visitor is back, and their current locale if the browser sent one. */
  touchVisitor(id: string, locale: string | null): Promise<void>;
  /** Stores the given profile fields, keeping the others. Null if no such visitor. */
  updateVisitorProfile(id: string, patch: VisitorProfilePatch): Promise<Visitor | null>;
  /**
   * Deletes the visitor, their conversations, messages and attachments, and the events about them, in one
   * transaction, and records an anonymised `visitor.erased` event (counts, and `erasedBy` when given).
   * Null when there is no such visitor.
   */
  eraseVisitor(id: string, erasedBy?: string): Promise<ErasureReport | null>;

  getConversation(id: string): Promise<Conversation | null>;
  /** The visitor's open conversation, or null when they have none. */
  findOpenConversation(visitorId: string): Promise<Conversation | null>;
  /** The visitor's most recent conversation, open or resolved: the thread their widget shows. */
  findLatestConversation(visitorId: string): Promise<Conversation | null>;
  /** The same conversation with the rating of its current resolution, as the shopper's widget shows it. */
  findVisitorThread(visitorId: string): Promise<VisitorThread | null>;
  /**
   * Returns the visitor's open conversation, creating it if needed; concurrent calls get the same one. A created
   * conversation is recorded as a `conversation.opened` event in the same write.
   */
  openConversation(input: { siteId: string; visitorId: string }): Promise<{
    conversation: Conversation;
    created: boolean;
  }>;
  /** Sorted for an inbox: high urgency first, then most recently updated. */
  listConversations(filter: ConversationFilter): Promise<ConversationSummary[]>;
  /** The same order, one page at a time. */
  pageConversations(filter: ConversationFilter): Promise<ConversationPage>;
  getConversationSummary(id: string): Promise<ConversationSummary | null>;
  /** Sets or clears the assignee. Null if no such conversation. */
  assignConversation(id: string, agentId: string | null): Promise<Conversation | null>;
  /**
   * Records that a person owns the conversation now (the bot handed off, or the shopper asked for one); `changed`
   * is false when it already was. An agent's reply and an assignment do the same. Null if no such conversation.
   */
  handOffConversation(id: string): Promise<{ conversation: Conversation; changed: boolean } | null>;
  /** Open conversations assigned to each agent of the site (agents with none are absent): routing's load. */
  openAssignmentCounts(siteId: string): Promise<Map<string, number>>;
  /**
   * Intent tags agents corrected on stored messages, oldest first: the message text and language, the tag the
   * engine gave and the one the agent chose. Evaluation data for the language benchmark.
   */
  intentCorrections(siteId?: string): Promise<{ text: string; language: string; from: string; to: string }[]>;
  /** What team metrics are computed from: conversations started in the range, and agents' feedback events. */
  teamMetricsFacts(
    filter: TeamMetricsFilter,
  ): Promise<{ conversations: ConversationFacts[]; events: TeamEventFacts }>;
  /**
   * Marks the conversation resolved now (a no-op if it already is): a new resolution, not rated yet. Null if no
   * such conversation.
   */
  resolveConversation(id: string): Promise<Conversation | null>;
  /**
   * The shopper's CSAT rating of the current resolution, replacing an earlier one of the same resolution, with a
   * `conversation.rated` event ({score, resolvedAt}, the event team metrics read) in the same transaction. Null
   * when the conversation is not resolved (or gone): there is nothing to rate.
   */
  rateConversation(id: string, rating: number, comment: string | null): Promise<VisitorThread | null>;
  /** Marks a resolved conversation open again (a no-op if it is open). Null if no such conversation. */
  reopenConversation(id: string): Promise<Conversation | null>;
  /**
   * Moves one side's read mark forward to `seq` (capped at the last message); never backwards.
   * Returns the mark after the call and whether it moved, or null if no such conversation.
   */
  markRead(
    id: string,
    reader: 'visitor' | 'agent',
    seq: number,
  ): Promise<{ seq: number; changed: boolean } | null>;

  /**
   * Appends a message with seq = last_seq + 1 in one transaction. A message whose clientId is already stored
   * in the conversation is returned unchanged instead of being stored twice. An agent or bot message sets
   * firstResponseAt once; a visitor message reopens a resolved conversation. Attachments named in the input
   * are attached in the same transaction, or nothing is stored (`not_found`).
   */
  appendMessage(message: NewMessage): Promise<AppendResult>;
  /** Adds (or replaces) the message's translation into `language`; null if the message is gone. */
  addTranslation(messageId: string, language: string, text: string): Promise<Message | null>;
  /** The persistent translation cache: see ai/translation-cache.ts for the key. */
  cachedTranslation(key: string): Promise<string | undefined>;
  /** `source` is the translated text, kept only as a hash so erasing a visitor can find their entries. */
  cacheTranslation(key: string, source: string, translation: string): Promise<void>;
  findMessageByClientId(conversationId: string, clientId: string): Promise<Message | null>;
  /** Messages with seq > afterSeq, oldest first, with their analysis and attachments. */
  listMessages(conversationId: string, options?: { afterSeq?: number; limit?: number }): Promise<Message[]>;
  /** The last `count` visitor texts of the conversation, oldest first: context for short follow-ups. */
  recentVisitorTexts(conversationId: string, count: number): Promise<string[]>;

  createAttachment(attachment: NewAttachment): Promise<AttachmentRecord>;
  getAttachment(id: string): Promise<AttachmentRecord | null>;
  getAttachmentBytes(id: string): Promise<Uint8Array | null>;

  recordEvent(event: EventRecord): Promise<void>;

  /**
   * Stores a new entry at version 1. A site has one entry per title (compared trimmed and case-insensitively) and
   * topic: another one is refused with `conflict`, so an import updates instead of duplicating.
   */
  createKnowledgeEntry(entry: NewKnowledgeEntry): Promise<KnowledgeEntry>;
  getKnowledgeEntry(id: string): Promise<KnowledgeEntry | null>;
  /** Oldest first. */
  listKnowledgeEntries(siteId: string, filter?: { topic?: KnowledgeTopic }): Promise<KnowledgeEntry[]>;
  /**
   * Changes the given fields, bumps the version and keeps the replaced version, in one transaction. With
   * `expectedVersion`, an entry changed since that version is refused with `conflict` (nothing is written); a
   * title taken by another entry of the topic is refused with `conflict` too. Null if no such entry.
   */
  updateKnowledgeEntry(
    id: string,
    patch: KnowledgePatch,
    options?: { expectedVersion?: number },
  ): Promise<KnowledgeEntry | null>;
  /** Deletes the entry and its versions. False if no such entry. */
  deleteKnowledgeEntry(id: string): Promise<boolean>;
  /** The versions updates replaced, newest first (the current one is the entry itself). */
  listKnowledgeVersions(entryId: string): Promise<KnowledgeVersion[]>;
  /**
   * A number every write to the site's knowledge base raises, in the same transaction as the write (0 before the
   * first). One primary-key read: search indexes compare it to tell whether they are stale.
   */
  knowledgeRevision(siteId: string): Promise<number>;

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

/** One parameterised statement of a `batch`. */
export interface SqlStatement {
  sql: string;
  params: readonly unknown[];
}

/** The whole surface a driver must offer; everything else is portable SQL in `sql-storage.ts`. */
export interface SqlClient extends SqlExecutor {
  readonly kind: string;
  /**
   * Runs the statements in order in one transaction with a single commit (one WAL flush), sent together where the
   * driver can pipeline them. Resolves with each statement's rows; rejects, with nothing committed, if any fails.
   * A batch of one runs as a plain statement.
   */
  batch(statements: readonly SqlStatement[]): Promise<SqlResult<Record<string, unknown>>[]>;
  /**
   * Runs `fn` holding the advisory lock `key` (PostgreSQL: a session lock on a connection of its own;
   * PGlite: one process owns the database, so an in-process queue). `fn` may use the client freely.
   */
  withLock<T>(key: number, fn: () => Promise<T>): Promise<T>;
  /** Runs `fn` inside BEGIN/COMMIT on one connection, rolling back if it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
