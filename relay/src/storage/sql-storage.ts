// The one Storage implementation: portable SQL over a SqlClient, shared by the PGlite and PostgreSQL drivers.
import { randomUUID } from 'node:crypto';
import {
  type Agent,
  type AgentRole,
  type Analysis,
  type AuthorKind,
  type ConversationStatus,
  type ConversationSummary,
  type Intent,
  isIntent,
  type Message,
  ParleyError,
  type Site,
  type Urgency,
} from '@parley/shared';
import type {
  AppendResult,
  Conversation,
  ConversationFilter,
  EventRecord,
  NewAgent,
  NewMessage,
  NewSite,
  SqlClient,
  Storage,
  Visitor,
} from './types.ts';

const DEFAULT_LIST_LIMIT = 500;
const MAX_LIST_LIMIT = 1000;

interface SiteRow {
  id: string;
  name: string;
  public_key: string;
  allowed_origins: unknown;
  default_language: string;
  created_at: unknown;
}

interface AgentRow {
  id: string;
  site_id: string;
  name: string;
  role: string;
  language: string;
  created_at: unknown;
}

interface VisitorRow {
  id: string;
  site_id: string;
  locale: string | null;
  created_at: unknown;
  last_seen_at: unknown;
}

interface ConversationRow {
  id: string;
  site_id: string;
  visitor_id: string;
  status: string;
  language: string | null;
  intent: string | null;
  urgency: string | null;
  last_seq: number;
  created_at: unknown;
  updated_at: unknown;
}

interface SummaryRow extends ConversationRow {
  site_name: string;
  last_text: string | null;
  last_author: string | null;
  last_created_at: unknown;
}

interface MessageRow {
  id: string;
  conversation_id: string;
  seq: number;
  client_id: string;
  author: string;
  author_id: string | null;
  text: string;
  language: string;
  analysis: unknown;
  translations: unknown;
  created_at: unknown;
}

const SUMMARY_SELECT = `
  SELECT c.*, s.name AS site_name, m.text AS last_text, m.author AS last_author, m.created_at AS last_created_at
  FROM conversations c
  JOIN sites s ON s.id = c.site_id
  LEFT JOIN messages m ON m.conversation_id = c.id AND m.seq = c.last_seq`;

export class SqlStorage implements Storage {
  readonly kind: string;
  readonly #sql: SqlClient;

  constructor(client: SqlClient) {
    this.#sql = client;
    this.kind = client.kind;
  }

  async countSites(): Promise<number> {
    const { rows } = await this.#sql.query<{ count: number }>('SELECT count(*)::int AS count FROM sites');
    return rows[0]?.count ?? 0;
  }

  async createSite(site: NewSite): Promise<Site> {
    const { rows } = await this.#sql.query<SiteRow>(
      `INSERT INTO sites (id, name, public_key, allowed_origins, default_language)
       VALUES ($1, $2, $3, $4::jsonb, $5) RETURNING *`,
      [randomUUID(), site.name, site.publicKey, JSON.stringify(site.allowedOrigins), site.defaultLanguage],
    );
    return toSite(first(rows));
  }

  async getSite(id: string): Promise<Site | null> {
    const { rows } = await this.#sql.query<SiteRow>('SELECT * FROM sites WHERE id = $1', [id]);
    return rows[0] ? toSite(rows[0]) : null;
  }

  async getSiteByPublicKey(publicKey: string): Promise<Site | null> {
    const { rows } = await this.#sql.query<SiteRow>('SELECT * FROM sites WHERE public_key = $1', [publicKey]);
    return rows[0] ? toSite(rows[0]) : null;
  }

  async listSites(): Promise<Site[]> {
    const { rows } = await this.#sql.query<SiteRow>('SELECT * FROM sites ORDER BY created_at, id');
    return rows.map(toSite);
  }

  async createAgent(agent: NewAgent): Promise<Agent> {
    const { rows } = await this.#sql.query<AgentRow>(
      `INSERT INTO agents (id, site_id, name, role, language, token_hash)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
      [randomUUID(), agent.siteId, agent.name, agent.role, agent.language, agent.tokenHash],
    );
    return toAgent(first(rows));
  }

  async getAgentByTokenHash(tokenHash: string): Promise<Agent | null> {
    const { rows } = await this.#sql.query<AgentRow>('SELECT * FROM agents WHERE token_hash = $1', [
      tokenHash,
    ]);
    return rows[0] ? toAgent(rows[0]) : null;
  }

  async createVisitor(visitor: { siteId: string; locale: string | null }): Promise<Visitor> {
    const { rows } = await this.#sql.query<VisitorRow>(
      'INSERT INTO visitors (id, site_id, locale) VALUES ($1, $2, $3) RETURNING *',
      [randomUUID(), visitor.siteId, visitor.locale],
    );
    return toVisitor(first(rows));
  }

  async getVisitor(id: string): Promise<Visitor | null> {
    const { rows } = await this.#sql.query<VisitorRow>('SELECT * FROM visitors WHERE id = $1', [id]);
    return rows[0] ? toVisitor(rows[0]) : null;
  }

  async touchVisitor(id: string, locale: string | null): Promise<void> {
    await this.#sql.query(
      'UPDATE visitors SET last_seen_at = now(), locale = COALESCE($2, locale) WHERE id = $1',
      [id, locale],
    );
  }

  async getConversation(id: string): Promise<Conversation | null> {
    const { rows } = await this.#sql.query<ConversationRow>('SELECT * FROM conversations WHERE id = $1', [
      id,
    ]);
    return rows[0] ? toConversation(rows[0]) : null;
  }

  async findOpenConversation(visitorId: string): Promise<Conversation | null> {
    const { rows } = await this.#sql.query<ConversationRow>(
      "SELECT * FROM conversations WHERE visitor_id = $1 AND status = 'open'",
      [visitorId],
    );
    return rows[0] ? toConversation(rows[0]) : null;
  }

  async openConversation(input: {
    siteId: string;
    visitorId: string;
  }): Promise<{ conversation: Conversation; created: boolean }> {
    // The partial unique index lets exactly one of several racing inserts win; the others read the winner.
    const inserted = await this.#sql.query<ConversationRow>(
      `INSERT INTO conversations (id, site_id, visitor_id) VALUES ($1, $2, $3)
       ON CONFLICT (visitor_id) WHERE status = 'open' DO NOTHING RETURNING *`,
      [randomUUID(), input.siteId, input.visitorId],
    );
    if (inserted.rows[0]) return { conversation: toConversation(inserted.rows[0]), created: true };
    const existing = await this.findOpenConversation(input.visitorId);
    if (!existing)
      throw new Error(`Open conversation of visitor ${input.visitorId} vanished during creation.`);
    return { conversation: existing, created: false };
  }

  async listConversations(filter: ConversationFilter): Promise<ConversationSummary[]> {
    const { rows } = await this.#sql.query<SummaryRow>(
      `${SUMMARY_SELECT}
       WHERE ($1::text IS NULL OR c.site_id = $1) AND ($2::text IS NULL OR c.status = $2)
       ORDER BY CASE WHEN c.urgency = 'high' THEN 0 ELSE 1 END, c.updated_at DESC, c.id
       LIMIT $3`,
      [filter.siteId ?? null, filter.status ?? null, clampLimit(filter.limit)],
    );
    return rows.map(toSummary);
  }

  async getConversationSummary(id: string): Promise<ConversationSummary | null> {
    const { rows } = await this.#sql.query<SummaryRow>(`${SUMMARY_SELECT} WHERE c.id = $1`, [id]);
    return rows[0] ? toSummary(rows[0]) : null;
  }

  async appendMessage(input: NewMessage): Promise<AppendResult> {
    return this.#sql.transaction(async (tx) => {
      // The row lock serialises appends per conversation, so seq has no gaps and no duplicates.
      const locked = await tx.query<ConversationRow>('SELECT * FROM conversations WHERE id = $1 FOR UPDATE', [
        input.conversationId,
      ]);
      const current = locked.rows[0];
      if (!current) throw new ParleyError('not_found', 'That conversation does not exist.');

      const duplicate = await tx.query<MessageRow>(
        'SELECT * FROM messages WHERE conversation_id = $1 AND client_id = $2',
        [input.conversationId, input.clientId],
      );
      if (duplicate.rows[0]) {
        return {
          message: toMessage(duplicate.rows[0]),
          created: false,
          conversation: toConversation(current),
        };
      }

      const seq = current.last_seq + 1;
      const inserted = await tx.query<MessageRow>(
        `INSERT INTO messages (id, conversation_id, seq, client_id, author, author_id, text, language, analysis, translations)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb) RETURNING *`,
        [
          randomUUID(),
          input.conversationId,
          seq,
          input.clientId,
          input.author,
          input.authorId,
          input.text,
          input.language,
          input.analysis ? JSON.stringify(input.analysis) : null,
          JSON.stringify(input.translations ?? {}),
        ],
      );
      const message = first(inserted.rows);
      const next = input.analysis ? classifyConversation(toConversation(current), input.analysis) : null;
      const updated = await tx.query<ConversationRow>(
        // now() is the transaction's start time, the same instant the message row got as created_at.
        `UPDATE conversations SET last_seq = $2, updated_at = now(),
           language = COALESCE($3, language), intent = COALESCE($4, intent), urgency = COALESCE($5, urgency)
         WHERE id = $1 RETURNING *`,
        [input.conversationId, seq, next?.language ?? null, next?.intent ?? null, next?.urgency ?? null],
      );
      return {
        message: toMessage(message),
        created: true,
        conversation: toConversation(first(updated.rows)),
      };
    });
  }

  async findMessageByClientId(conversationId: string, clientId: string): Promise<Message | null> {
    const { rows } = await this.#sql.query<MessageRow>(
      'SELECT * FROM messages WHERE conversation_id = $1 AND client_id = $2',
      [conversationId, clientId],
    );
    return rows[0] ? toMessage(rows[0]) : null;
  }

  async listMessages(
    conversationId: string,
    options: { afterSeq?: number; limit?: number } = {},
  ): Promise<Message[]> {
    const { rows } = await this.#sql.query<MessageRow>(
      'SELECT * FROM messages WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
      [conversationId, options.afterSeq ?? 0, clampLimit(options.limit)],
    );
    return rows.map(toMessage);
  }

  async recentVisitorTexts(conversationId: string, count: number): Promise<string[]> {
    const { rows } = await this.#sql.query<{ text: string }>(
      `SELECT text FROM messages WHERE conversation_id = $1 AND author = 'visitor'
       ORDER BY seq DESC LIMIT $2`,
      [conversationId, count],
    );
    return rows.map((row) => row.text).reverse();
  }

  async recordEvent(event: EventRecord): Promise<void> {
    await this.#sql.query(
      'INSERT INTO events (id, type, site_id, conversation_id, payload) VALUES ($1, $2, $3, $4, $5::jsonb)',
      [
        randomUUID(),
        event.type,
        event.siteId ?? null,
        event.conversationId ?? null,
        JSON.stringify(event.payload ?? {}),
      ],
    );
  }

  close(): Promise<void> {
    return this.#sql.close();
  }
}

/**
 * How a new visitor message reclassifies its conversation. Language and intent follow the latest message,
 * except that a high-urgency conversation (an allergy, say) stays high, with its intent, until it is
 * resolved: a follow-up "thank you" must not push an unanswered safety issue down the queue.
 */
export function classifyConversation(
  current: Pick<Conversation, 'intent' | 'urgency'>,
  analysis: Analysis,
): { language: string; intent: Intent; urgency: Urgency } {
  if (current.urgency === 'high' && analysis.urgency !== 'high' && current.intent) {
    return { language: analysis.language, intent: current.intent, urgency: 'high' };
  }
  return { language: analysis.language, intent: analysis.intent, urgency: analysis.urgency };
}

function first<Row>(rows: Row[]): Row {
  const row = rows[0];
  if (row === undefined) throw new Error('The database returned no row where one was expected.');
  return row;
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIST_LIMIT;
  return Math.min(Math.max(Math.trunc(limit), 1), MAX_LIST_LIMIT);
}

function iso(value: unknown): string {
  return (value instanceof Date ? value : new Date(String(value))).toISOString();
}

// jsonb comes back parsed from both drivers; a string would mean a driver configured to skip parsing.
function json(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

function toSite(row: SiteRow): Site {
  const origins = json(row.allowed_origins);
  return {
    id: row.id,
    name: row.name,
    publicKey: row.public_key,
    allowedOrigins: Array.isArray(origins) ? origins.filter((o): o is string => typeof o === 'string') : [],
    defaultLanguage: row.default_language,
    createdAt: iso(row.created_at),
  };
}

function toAgent(row: AgentRow): Agent {
  return {
    id: row.id,
    siteId: row.site_id,
    name: row.name,
    role: row.role as AgentRole,
    language: row.language,
    createdAt: iso(row.created_at),
  };
}

function toVisitor(row: VisitorRow): Visitor {
  return {
    id: row.id,
    siteId: row.site_id,
    locale: row.locale,
    createdAt: iso(row.created_at),
    lastSeenAt: iso(row.last_seen_at),
  };
}

function toConversation(row: ConversationRow): Conversation {
  return {
    id: row.id,
    siteId: row.site_id,
    visitorId: row.visitor_id,
    status: row.status as ConversationStatus,
    language: row.language,
    intent: isIntent(row.intent) ? row.intent : null,
    urgency: (row.urgency as Urgency | null) ?? null,
    lastSeq: row.last_seq,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

function toSummary(row: SummaryRow): ConversationSummary {
  const conversation = toConversation(row);
  return {
    ...conversation,
    siteName: row.site_name,
    lastMessage:
      row.last_text === null
        ? null
        : { text: row.last_text, author: row.last_author as AuthorKind, createdAt: iso(row.last_created_at) },
  };
}

function toMessage(row: MessageRow): Message {
  const analysis = json(row.analysis) as Analysis | null;
  const translations = json(row.translations) as Record<string, string> | null;
  return {
    id: row.id,
    conversationId: row.conversation_id,
    seq: row.seq,
    clientId: row.client_id,
    author: row.author as AuthorKind,
    authorId: row.author_id,
    text: row.text,
    language: row.language,
    ...(analysis ? { analysis } : {}),
    translations: translations ?? {},
    createdAt: iso(row.created_at),
  };
}
