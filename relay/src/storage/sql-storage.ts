// The one Storage implementation: portable SQL over a SqlClient, shared by the PGlite and PostgreSQL drivers.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  type Agent,
  type Analysis,
  type AttachmentRef,
  type ConversationSummary,
  type Intent,
  type Message,
  ParleyError,
  type Urgency,
} from '@parley/shared';
import type { KnowledgeTopic } from '../knowledge/vocabulary.ts';
import { decodeCursor, encodeCursor } from './conversation-cursor.ts';
import { GroupCommit } from './group-commit.ts';
import * as knowledge from './knowledge-store.ts';
import {
  type AgentRow,
  type AgentTokenRow,
  ATTACHMENT_COLUMNS,
  type AttachmentRow,
  type ConversationRow,
  iso,
  json,
  type MessageRow,
  type SiteRow,
  type SummaryRow,
  toAgent,
  toAgentToken,
  toAttachment,
  toAttachmentRef,
  toConversation,
  toMessage,
  toSite,
  toSummary,
  toVisitor,
  uploaderColumns,
  type VisitorRow,
  visitorProfileJson,
} from './rows.ts';
import { teamMetricsFacts } from './team-metrics-store.ts';
import type {
  AgentPatch,
  AgentToken,
  AppendResult,
  AttachmentRecord,
  Conversation,
  ConversationFilter,
  ConversationPage,
  ErasureReport,
  EventRecord,
  KnowledgeEntry,
  KnowledgePatch,
  KnowledgeVersion,
  NewAgent,
  NewAttachment,
  NewKnowledgeEntry,
  NewMessage,
  NewSite,
  SitePatch,
  SiteRecord,
  SqlClient,
  SqlExecutor,
  SqlResult,
  Storage,
  TeamMetricsFilter,
  Visitor,
  VisitorProfilePatch,
  VisitorThread,
} from './types.ts';

const DEFAULT_LIST_LIMIT = 500;
const MAX_LIST_LIMIT = 1000;

const RANK = "CASE WHEN c.urgency = 'high' THEN 0 ELSE 1 END";

const SUMMARY_SELECT = `
  SELECT c.*, s.name AS site_name, m.text AS last_text, m.author AS last_author, m.created_at AS last_created_at,
    ${visitorProfileJson('vi')} AS visitor_profile, ${RANK} AS sort_rank, c.updated_at::text AS sort_updated_at
  FROM conversations c
  JOIN sites s ON s.id = c.site_id
  JOIN visitors vi ON vi.id = c.visitor_id
  LEFT JOIN messages m ON m.conversation_id = c.id AND m.seq = c.last_seq`;

/** What an append's UPDATE … RETURNING adds to the conversation row so the inbox row needs no query of its own. */
const appendedRowExtras = (alias: string) => `
  (SELECT name FROM sites WHERE sites.id = ${alias}.site_id) AS site_name,
  (SELECT ${visitorProfileJson('p')} FROM visitors p WHERE p.id = ${alias}.visitor_id) AS visitor_profile`;

type AppendedRow = ConversationRow & { site_name: string; visitor_profile: unknown };

/**
 * The hot path's one statement (see `#appendInOneStatement`). Built once: a template built per call is a fresh
 * 2 KB string for every message, hashed again for the prepared-statement lookup.
 */
const APPEND_MESSAGE_SQL = `WITH c AS (
         SELECT id, last_seq, status, intent, urgency FROM conversations WHERE id = $1 FOR UPDATE
       ), ins AS (
         INSERT INTO messages (id, conversation_id, seq, client_id, author, author_id, text, language, analysis,
           translations, intent, created_at)
         SELECT $2, c.id, c.last_seq + 1, $3, $4::text, $5, $6, $7, $8::jsonb, $9::jsonb, $10::text,
           statement_timestamp() FROM c
         ON CONFLICT (conversation_id, client_id) DO NOTHING
         RETURNING *
       ), sticky AS (
         SELECT (c.status <> 'resolved' OR $4::text <> 'visitor') AND c.urgency = 'high'
           AND $11::text <> 'high' AND c.intent IS NOT NULL AS keeps FROM c
       ), upd AS (
         UPDATE conversations AS v SET last_seq = ins.seq, updated_at = statement_timestamp(),
           language = COALESCE($12::text, v.language),
           intent = CASE WHEN $10::text IS NULL THEN v.intent WHEN sticky.keeps THEN c.intent ELSE $10::text END,
           urgency = CASE WHEN $11::text IS NULL THEN v.urgency WHEN sticky.keeps THEN 'high' ELSE $11::text END,
           first_response_at = CASE WHEN $4::text IN ('agent', 'bot') AND v.first_response_at IS NULL
             THEN statement_timestamp()
             ELSE v.first_response_at END,
           status = CASE WHEN $4::text = 'visitor' THEN 'open' ELSE v.status END,
           resolved_at = CASE WHEN $4::text = 'visitor' THEN NULL ELSE v.resolved_at END,
           handed_off_at = CASE WHEN $4::text = 'visitor' AND c.status = 'resolved' THEN NULL
             WHEN $4::text = 'agent' THEN COALESCE(v.handed_off_at, statement_timestamp()) ELSE v.handed_off_at END
         FROM ins, c, sticky WHERE v.id = ins.conversation_id
         RETURNING v.*, ${appendedRowExtras('v')}
       )
       SELECT (SELECT id FROM c) AS found, (SELECT status FROM c) AS previous_status,
         (SELECT row_to_json(ins) FROM ins) AS message, (SELECT row_to_json(upd) FROM upd) AS conversation`;

/**
 * The message columns both append paths write, in this order: author, author_id, text, language, analysis,
 * translations, intent.
 */
function storedMessageValues(input: NewMessage): unknown[] {
  return [
    input.author,
    input.authorId,
    input.text,
    input.language,
    input.analysis ? JSON.stringify(input.analysis) : null,
    JSON.stringify(input.translations ?? {}),
    input.analysis?.intent ?? null,
  ];
}

/** 32 random bytes as hex: the key a merchant's server signs user ids with. */
const newIdentitySecret = (): string => randomBytes(32).toString('hex');

type PageRow = SummaryRow & { sort_rank: number; sort_updated_at: string };

const READ_COLUMN = { visitor: 'visitor_read_seq', agent: 'agent_read_seq' } as const;

const SITE_JSON_FIELDS = {
  allowedOrigins: 'allowed_origins',
  languages: 'languages',
  businessHours: 'business_hours',
  glossary: 'glossary',
  autoReply: 'auto_reply',
} as const;

export class SqlStorage implements Storage {
  readonly kind: string;
  readonly #sql: SqlClient;
  /** The hot path's writes (a message, a shopper's new conversation), committed in batches under load. */
  readonly #writes: GroupCommit;

  constructor(client: SqlClient) {
    this.#sql = client;
    this.kind = client.kind;
    this.#writes = new GroupCommit({
      commit: (statements) => client.batch(statements),
      runAlone: (statement) => client.query(statement.sql, statement.params),
    });
  }

  /** A single-statement write through the group commit: durable when it resolves, like `query`. */
  async #write<Row>(sql: string, params: readonly unknown[]): Promise<SqlResult<Row>> {
    return (await this.#writes.submit({ sql, params })) as SqlResult<Row>;
  }

  async ping(): Promise<void> {
    await this.#sql.query('SELECT 1');
  }

  exclusive<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return this.#sql.withLock(lockKey(name), fn);
  }

  async adoptSecret(name: string, candidate: string): Promise<string> {
    await this.#sql.query(
      'INSERT INTO relay_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
      [name, candidate],
    );
    const { rows } = await this.#sql.query<{ value: string }>(
      'SELECT value FROM relay_secrets WHERE name = $1',
      [name],
    );
    return first(rows).value;
  }

  // ---- sites ------------------------------------------------------------------------------------

  async countSites(): Promise<number> {
    const { rows } = await this.#sql.query<{ count: number }>('SELECT count(*)::int AS count FROM sites');
    return rows[0]?.count ?? 0;
  }

  async createSite(site: NewSite): Promise<SiteRecord> {
    const { rows } = await this.#sql.query<SiteRow>(
      `INSERT INTO sites (id, name, public_key, allowed_origins, default_language, languages, business_hours,
         glossary, demo, auto_reply, identity_secret)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6::jsonb, $7::jsonb, $8::jsonb, $9, $10::jsonb, $11) RETURNING *`,
      [
        randomUUID(),
        site.name,
        site.publicKey,
        JSON.stringify(site.allowedOrigins),
        site.defaultLanguage,
        JSON.stringify(site.languages ?? [site.defaultLanguage]),
        site.businessHours ? JSON.stringify(site.businessHours) : null,
        JSON.stringify(site.glossary ?? []),
        site.demo ?? false,
        JSON.stringify(site.autoReply ?? { mode: 'off', delaySeconds: 120 }),
        newIdentitySecret(),
      ],
    );
    return toSite(first(rows));
  }

  async getIdentitySecret(siteId: string): Promise<string | null> {
    const { rows } = await this.#sql.query<{ identity_secret: string }>(
      'SELECT identity_secret FROM sites WHERE id = $1',
      [siteId],
    );
    return rows[0]?.identity_secret ?? null;
  }

  async rotateIdentitySecret(siteId: string): Promise<string | null> {
    const { rows } = await this.#sql.query<{ identity_secret: string }>(
      'UPDATE sites SET identity_secret = $2 WHERE id = $1 RETURNING identity_secret',
      [siteId, newIdentitySecret()],
    );
    return rows[0]?.identity_secret ?? null;
  }

  async getSite(id: string): Promise<SiteRecord | null> {
    const { rows } = await this.#sql.query<SiteRow>('SELECT * FROM sites WHERE id = $1', [id]);
    return rows[0] ? toSite(rows[0]) : null;
  }

  async getSiteByPublicKey(publicKey: string): Promise<SiteRecord | null> {
    const { rows } = await this.#sql.query<SiteRow>('SELECT * FROM sites WHERE public_key = $1', [publicKey]);
    return rows[0] ? toSite(rows[0]) : null;
  }

  async listSites(): Promise<SiteRecord[]> {
    const { rows } = await this.#sql.query<SiteRow>('SELECT * FROM sites ORDER BY created_at, id');
    return rows.map(toSite);
  }

  async updateSite(id: string, patch: SitePatch): Promise<SiteRecord | null> {
    const sets: string[] = [];
    const params: unknown[] = [id];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (patch.name !== undefined) sets.push(`name = ${param(patch.name)}`);
    if (patch.defaultLanguage !== undefined) sets.push(`default_language = ${param(patch.defaultLanguage)}`);
    for (const [field, column] of Object.entries(SITE_JSON_FIELDS)) {
      const value = patch[field as keyof typeof SITE_JSON_FIELDS];
      if (value === undefined) continue;
      const placeholder = `${param(value === null ? null : JSON.stringify(value))}::jsonb`;
      // SET expressions all read the old row, so this compares the stored glossary with the new one.
      if (column === 'glossary') {
        sets.push(
          `glossary_version = glossary_version + CASE WHEN glossary IS DISTINCT FROM ${placeholder} THEN 1 ELSE 0 END`,
        );
      }
      sets.push(`${column} = ${placeholder}`);
    }
    if (sets.length === 0) return this.getSite(id);
    const { rows } = await this.#sql.query<SiteRow>(
      `UPDATE sites SET ${sets.join(', ')} WHERE id = $1 RETURNING *`,
      params,
    );
    return rows[0] ? toSite(rows[0]) : null;
  }

  // ---- agents -----------------------------------------------------------------------------------

  async createAgent(agent: NewAgent): Promise<Agent> {
    const { rows } = await this.#sql.query<AgentRow>(
      `INSERT INTO agents (id, site_id, name, role, language, language_skills, persona, token_hash)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8) RETURNING *`,
      [
        randomUUID(),
        agent.siteId,
        agent.name,
        agent.role,
        agent.language,
        JSON.stringify(agent.languageSkills ?? [agent.language]),
        JSON.stringify(agent.persona ?? {}),
        agent.tokenHash,
      ],
    );
    return toAgent(first(rows));
  }

  async getAgent(id: string): Promise<Agent | null> {
    const { rows } = await this.#sql.query<AgentRow>('SELECT * FROM agents WHERE id = $1', [id]);
    return rows[0] ? toAgent(rows[0]) : null;
  }

  async getAgentByTokenHash(tokenHash: string): Promise<Agent | null> {
    // Both branches are unique-index lookups. last_used_at is written at most every 5 minutes per token, so
    // authenticating stays a read almost always.
    const { rows } = await this.#sql.query<AgentRow>(
      `WITH extra AS (SELECT id, agent_id FROM agent_tokens WHERE token_hash = $1),
       touched AS (
         UPDATE agent_tokens SET last_used_at = now()
          WHERE id = (SELECT id FROM extra)
            AND (last_used_at IS NULL OR last_used_at < now() - interval '5 minutes')
       )
       SELECT a.* FROM agents a WHERE a.token_hash = $1
       UNION ALL
       SELECT a.* FROM extra JOIN agents a ON a.id = extra.agent_id
       LIMIT 1`,
      [tokenHash],
    );
    return rows[0] ? toAgent(rows[0]) : null;
  }

  async listAgents(siteId?: string): Promise<Agent[]> {
    const { rows } = await this.#sql.query<AgentRow>(
      'SELECT * FROM agents WHERE ($1::text IS NULL OR site_id = $1) ORDER BY created_at, id',
      [siteId ?? null],
    );
    return rows.map(toAgent);
  }

  async updateAgent(id: string, patch: AgentPatch): Promise<Agent | null> {
    const { rows } = await this.#sql.query<AgentRow>(
      `UPDATE agents SET name = COALESCE($2, name), role = COALESCE($3, role), language = COALESCE($4, language),
         language_skills = COALESCE($5::jsonb, language_skills), persona = COALESCE($6::jsonb, persona)
       WHERE id = $1 RETURNING *`,
      [
        id,
        patch.name ?? null,
        patch.role ?? null,
        patch.language ?? null,
        patch.languageSkills ? JSON.stringify(patch.languageSkills) : null,
        patch.persona ? JSON.stringify(patch.persona) : null,
      ],
    );
    return rows[0] ? toAgent(rows[0]) : null;
  }

  async setAgentTokenHash(id: string, tokenHash: string): Promise<Agent | null> {
    const { rows } = await this.#sql.query<AgentRow>(
      'UPDATE agents SET token_hash = $2 WHERE id = $1 RETURNING *',
      [id, tokenHash],
    );
    return rows[0] ? toAgent(rows[0]) : null;
  }

  async deleteAgent(id: string): Promise<boolean> {
    const { rows } = await this.#sql.query('DELETE FROM agents WHERE id = $1 RETURNING id', [id]);
    return rows.length > 0;
  }

  // ---- agent tokens and pairing codes -------------------------------------------------------------

  async createPairingCode(input: { agentId: string; codeHash: string; expiresAt: string }): Promise<void> {
    await this.#sql.query(
      `WITH swept AS (
         DELETE FROM pairing_codes WHERE agent_id = $1 OR expires_at < now() - interval '1 day'
       )
       INSERT INTO pairing_codes (code_hash, agent_id, expires_at) VALUES ($2, $1, $3::timestamptz)`,
      [input.agentId, input.codeHash, input.expiresAt],
    );
  }

  async exchangePairingCode(input: {
    codeHash: string;
    now: string;
    token: { tokenHash: string; label: string };
  }): Promise<{ agent: Agent; token: AgentToken } | null> {
    // The conditional update is the lock: a second exchange of the same code waits for the first, then finds
    // used_at set and matches nothing, so it inserts no token.
    const { rows } = await this.#sql.query<
      AgentRow & { token_id: string; token_label: string; token_created_at: unknown }
    >(
      `WITH spent AS (
         UPDATE pairing_codes SET used_at = $2::timestamptz
          WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2::timestamptz
          RETURNING agent_id
       ),
       token AS (
         INSERT INTO agent_tokens (id, agent_id, token_hash, label)
         SELECT $3, agent_id, $4, $5 FROM spent
         RETURNING id, agent_id, label, created_at
       )
       SELECT a.*, token.id AS token_id, token.label AS token_label, token.created_at AS token_created_at
         FROM token JOIN agents a ON a.id = token.agent_id`,
      [input.codeHash, input.now, randomUUID(), input.token.tokenHash, input.token.label],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      agent: toAgent(row),
      token: toAgentToken({
        id: row.token_id,
        agent_id: row.id,
        label: row.token_label,
        created_at: row.token_created_at,
        last_used_at: null,
      }),
    };
  }

  async listAgentTokens(agentId: string): Promise<AgentToken[]> {
    const { rows } = await this.#sql.query<AgentTokenRow>(
      `SELECT id, agent_id, label, created_at, last_used_at FROM agent_tokens WHERE agent_id = $1
        ORDER BY created_at, id`,
      [agentId],
    );
    return rows.map(toAgentToken);
  }

  async deleteAgentToken(agentId: string, tokenId: string): Promise<boolean> {
    const { rows } = await this.#sql.query(
      'DELETE FROM agent_tokens WHERE id = $1 AND agent_id = $2 RETURNING id',
      [tokenId, agentId],
    );
    return rows.length > 0;
  }

  // ---- visitors ---------------------------------------------------------------------------------

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

  async updateVisitorProfile(id: string, patch: VisitorProfilePatch): Promise<Visitor | null> {
    const { rows } = await this.#sql.query<VisitorRow>(
      `UPDATE visitors SET name = COALESCE($2, name), email = COALESCE($3, email),
         user_id = COALESCE($4, user_id), verified = verified OR $4::text IS NOT NULL
       WHERE id = $1 RETURNING *`,
      [id, patch.name ?? null, patch.email ?? null, patch.verifiedUserId ?? null],
    );
    return rows[0] ? toVisitor(rows[0]) : null;
  }

  async eraseVisitor(id: string, erasedBy?: string): Promise<ErasureReport | null> {
    return this.#sql.transaction(async (tx) => {
      const visitor = await tx.query<{ site_id: string }>(
        'SELECT site_id FROM visitors WHERE id = $1 FOR UPDATE',
        [id],
      );
      const siteId = visitor.rows[0]?.site_id;
      if (siteId === undefined) return null;
      const conversations = (
        await tx.query<{ id: string }>('SELECT id FROM conversations WHERE visitor_id = $1', [id])
      ).rows.map((row) => row.id);
      const messages = await tx.query<{ count: number }>(
        'SELECT count(*)::int AS count FROM messages WHERE conversation_id = ANY($1::text[])',
        [conversations],
      );
      const attachments = await tx.query(
        `DELETE FROM attachments WHERE conversation_id = ANY($1::text[])
           OR (uploader_kind = 'visitor' AND uploader_id = $2) RETURNING id`,
        [conversations, id],
      );
      const events = await tx.query(
        `DELETE FROM events WHERE conversation_id = ANY($1::text[]) OR payload ->> 'visitorId' = $2 RETURNING id`,
        [conversations, id],
      );
      // Cached translations of anything said in these conversations (either way) are personal data too.
      await tx.query(
        `DELETE FROM translation_cache WHERE source_sha256 IN (
           SELECT encode(sha256(convert_to(text, 'UTF8')), 'hex') FROM messages
           WHERE conversation_id = ANY($1::text[]))`,
        [conversations],
      );
      // Conversations cascade to their messages.
      await tx.query('DELETE FROM conversations WHERE visitor_id = $1', [id]);
      await tx.query('DELETE FROM visitors WHERE id = $1', [id]);
      const report: ErasureReport = {
        siteId,
        conversations: conversations.length,
        messages: messages.rows[0]?.count ?? 0,
        attachments: attachments.rows.length,
        events: events.rows.length,
      };
      // The record that an erasure happened names no visitor, conversation or message; only who asked for it.
      const { siteId: _site, ...counts } = report;
      await insertEvent(tx, {
        type: 'visitor.erased',
        siteId,
        payload: { ...counts, ...(erasedBy === undefined ? {} : { erasedBy }) },
      });
      return report;
    });
  }

  // ---- conversations ----------------------------------------------------------------------------

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

  async findLatestConversation(visitorId: string): Promise<Conversation | null> {
    return (await this.findVisitorThread(visitorId))?.conversation ?? null;
  }

  async findVisitorThread(visitorId: string): Promise<VisitorThread | null> {
    const { rows } = await this.#sql.query<ConversationRow>(
      // The open one first: with at most one open per visitor, it is the thread the visitor is in.
      `SELECT * FROM conversations WHERE visitor_id = $1
       ORDER BY CASE WHEN status = 'open' THEN 0 ELSE 1 END, created_at DESC, id DESC LIMIT 1`,
      [visitorId],
    );
    return rows[0] ? toThread(rows[0]) : null;
  }

  async openConversation(input: {
    siteId: string;
    visitorId: string;
  }): Promise<{ conversation: Conversation; created: boolean }> {
    // The partial unique index lets exactly one of several racing inserts win; the others read the winner.
    // The winner's `conversation.opened` event is written by the same statement: one round trip, and never a
    // conversation without its event.
    // Times are the statement's own: a group-committed batch is one transaction, and now() is its start.
    const inserted = await this.#write<ConversationRow>(
      `WITH c AS (
         INSERT INTO conversations (id, site_id, visitor_id, created_at, updated_at)
         VALUES ($1, $2, $3, statement_timestamp(), statement_timestamp())
         ON CONFLICT (visitor_id) WHERE status = 'open' DO NOTHING RETURNING *
       ), e AS (
         INSERT INTO events (id, type, site_id, conversation_id, payload, created_at)
         SELECT $4, 'conversation.opened', c.site_id, c.id, jsonb_build_object('visitorId', c.visitor_id),
           c.created_at FROM c
       )
       SELECT * FROM c`,
      [randomUUID(), input.siteId, input.visitorId, randomUUID()],
    );
    if (inserted.rows[0]) return { conversation: toConversation(inserted.rows[0]), created: true };
    const existing = await this.findOpenConversation(input.visitorId);
    if (!existing)
      throw new Error(`Open conversation of visitor ${input.visitorId} vanished during creation.`);
    return { conversation: existing, created: false };
  }

  async listConversations(filter: ConversationFilter): Promise<ConversationSummary[]> {
    return (await this.pageConversations(filter)).data;
  }

  async pageConversations(filter: ConversationFilter): Promise<ConversationPage> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.siteId !== undefined) where.push(`c.site_id = ${param(filter.siteId)}`);
    if (filter.status !== undefined) where.push(`c.status = ${param(filter.status)}`);
    if (filter.assigneeId === null) where.push('c.assignee_id IS NULL');
    else if (filter.assigneeId !== undefined) where.push(`c.assignee_id = ${param(filter.assigneeId)}`);
    if (filter.language !== undefined) where.push(`c.language = ${param(filter.language)}`);
    if (filter.urgency !== undefined) where.push(`c.urgency = ${param(filter.urgency)}`);
    if (filter.intent !== undefined) {
      where.push(
        `EXISTS (SELECT 1 FROM messages mi WHERE mi.conversation_id = c.id AND mi.intent = ${param(filter.intent)})`,
      );
    }
    if (filter.since !== undefined) where.push(`c.updated_at >= ${param(filter.since)}::timestamptz`);
    if (filter.until !== undefined) where.push(`c.updated_at < ${param(filter.until)}::timestamptz`);
    if (filter.cursor !== undefined) {
      const cursor = decodeCursor(filter.cursor);
      const [rank, updated, id] = [param(cursor.rank), param(cursor.updatedAt), param(cursor.id)];
      where.push(
        `(${RANK} > ${rank} OR (${RANK} = ${rank} AND (c.updated_at < ${updated}::timestamptz
          OR (c.updated_at = ${updated}::timestamptz AND c.id > ${id}))))`,
      );
    }
    const limit = clampLimit(filter.limit);
    const { rows } = await this.#sql.query<PageRow>(
      `${SUMMARY_SELECT}
       ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY sort_rank, c.updated_at DESC, c.id
       LIMIT ${param(limit + 1)}`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      data: page.map(toSummary),
      nextCursor:
        rows.length > limit && last
          ? encodeCursor({ rank: last.sort_rank, updatedAt: last.sort_updated_at, id: last.id })
          : null,
    };
  }

  async getConversationSummary(id: string): Promise<ConversationSummary | null> {
    const { rows } = await this.#sql.query<SummaryRow>(`${SUMMARY_SELECT} WHERE c.id = $1`, [id]);
    return rows[0] ? toSummary(rows[0]) : null;
  }

  async #summaryWith(executor: SqlExecutor, id: string): Promise<ConversationSummary> {
    const { rows } = await executor.query<SummaryRow>(`${SUMMARY_SELECT} WHERE c.id = $1`, [id]);
    return toSummary(first(rows));
  }

  async assignConversation(id: string, agentId: string | null): Promise<Conversation | null> {
    const { rows } = await this.#sql.query<ConversationRow>(
      // Assigning a person takes the conversation over from the bot.
      `UPDATE conversations SET assignee_id = $2,
         handed_off_at = CASE WHEN $2::text IS NOT NULL THEN COALESCE(handed_off_at, now()) ELSE handed_off_at END
       WHERE id = $1 RETURNING *`,
      [id, agentId],
    );
    return rows[0] ? toConversation(rows[0]) : null;
  }

  async handOffConversation(id: string): Promise<{ conversation: Conversation; changed: boolean } | null> {
    const moved = await this.#sql.query<ConversationRow>(
      'UPDATE conversations SET handed_off_at = now() WHERE id = $1 AND handed_off_at IS NULL RETURNING *',
      [id],
    );
    if (moved.rows[0]) return { conversation: toConversation(moved.rows[0]), changed: true };
    const current = await this.getConversation(id);
    return current ? { conversation: current, changed: false } : null;
  }

  async openAssignmentCounts(siteId: string): Promise<Map<string, number>> {
    const { rows } = await this.#sql.query<{ assignee_id: string; open: number }>(
      `SELECT assignee_id, count(*)::int AS open FROM conversations
       WHERE site_id = $1 AND status = 'open' AND assignee_id IS NOT NULL GROUP BY assignee_id`,
      [siteId],
    );
    return new Map(rows.map((row) => [row.assignee_id, row.open]));
  }

  async intentCorrections(siteId?: string) {
    const { rows } = await this.#sql.query<{ text: string; language: string; from: string; to: string }>(
      `SELECT m.text, m.language, e.payload->>'from' AS "from", e.payload->>'to' AS "to"
       FROM events e JOIN messages m ON m.id = e.payload->>'messageId'
       WHERE e.type = 'intent.corrected' AND ($1::text IS NULL OR e.site_id = $1)
       ORDER BY e.created_at, e.id`,
      [siteId ?? null],
    );
    return rows;
  }

  teamMetricsFacts(filter: TeamMetricsFilter) {
    return teamMetricsFacts(this.#sql, filter);
  }

  async resolveConversation(id: string): Promise<Conversation | null> {
    const { rows } = await this.#sql.query<ConversationRow>(
      // A new resolution: the rating of an earlier one does not carry over.
      `UPDATE conversations SET status = 'resolved', resolved_at = now(), rating = NULL, rating_comment = NULL
       WHERE id = $1 AND status = 'open' RETURNING *`,
      [id],
    );
    return rows[0] ? toConversation(rows[0]) : this.getConversation(id);
  }

  async rateConversation(id: string, rating: number, comment: string | null): Promise<VisitorThread | null> {
    return this.#sql.transaction(async (tx) => {
      const rated = await tx.query<ConversationRow>(
        `UPDATE conversations SET rating = $2, rating_comment = $3
         WHERE id = $1 AND status = 'resolved' RETURNING *`,
        [id, rating, comment],
      );
      const row = rated.rows[0];
      if (!row) return null;
      // One rating per resolution: a second one replaces the first, in the log as on the row. The comment is the
      // shopper's own words, so it stays on the row (erased with it) and out of the event.
      const resolvedAt = iso(row.resolved_at);
      await tx.query(
        `DELETE FROM events WHERE conversation_id = $1 AND type = 'conversation.rated'
           AND payload ->> 'resolvedAt' = $2`,
        [id, resolvedAt],
      );
      await insertEvent(tx, {
        type: 'conversation.rated',
        siteId: row.site_id,
        conversationId: id,
        payload: { score: rating, resolvedAt, commented: comment !== null },
      });
      return toThread(row);
    });
  }

  async reopenConversation(id: string): Promise<Conversation | null> {
    try {
      const { rows } = await this.#sql.query<ConversationRow>(
        `UPDATE conversations SET status = 'open', resolved_at = NULL
         WHERE id = $1 AND status = 'resolved' RETURNING *`,
        [id],
      );
      return rows[0] ? toConversation(rows[0]) : this.getConversation(id);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ParleyError(
          'conflict',
          'The visitor already has another open conversation; resolve it before reopening this one.',
        );
      }
      throw error;
    }
  }

  async markRead(
    id: string,
    reader: 'visitor' | 'agent',
    seq: number,
  ): Promise<{ seq: number; changed: boolean } | null> {
    const column = READ_COLUMN[reader];
    const moved = await this.#sql.query<{ seq: number }>(
      `UPDATE conversations SET ${column} = LEAST($2::int, last_seq)
       WHERE id = $1 AND ${column} < LEAST($2::int, last_seq) RETURNING ${column} AS seq`,
      [id, seq],
    );
    if (moved.rows[0]) return { seq: moved.rows[0].seq, changed: true };
    const current = await this.#sql.query<{ seq: number }>(
      `SELECT ${column} AS seq FROM conversations WHERE id = $1`,
      [id],
    );
    return current.rows[0] ? { seq: current.rows[0].seq, changed: false } : null;
  }

  // ---- messages ---------------------------------------------------------------------------------

  async appendMessage(input: NewMessage): Promise<AppendResult> {
    return input.attachments?.ids.length
      ? this.#appendWithAttachments(input)
      : this.#appendInOneStatement(input);
  }

  /**
   * The hot path: lock, insert and update in one statement, so a message costs one round trip instead of five
   * (BEGIN, lock, insert, update, COMMIT) — the difference between keeping up with 500 messages/s and not.
   * Same rules as the transaction below: FOR UPDATE serialises appends per conversation (seq has no gaps),
   * ON CONFLICT makes a re-sent clientId a no-op, and a high-urgency conversation keeps its urgency and intent
   * until it is resolved.
   */
  async #appendInOneStatement(input: NewMessage): Promise<AppendResult> {
    const { rows } = await this.#write<{
      found: string | null;
      previous_status: string | null;
      message: MessageRow | null;
      conversation: AppendedRow | null;
    }>(APPEND_MESSAGE_SQL, [
      input.conversationId,
      randomUUID(),
      input.clientId,
      ...storedMessageValues(input),
      input.analysis?.urgency ?? null,
      // Only an analysed (visitor) message changes the conversation's language.
      input.analysis?.language ?? null,
    ]);
    const result = first(rows);
    if (!result.found) throw new ParleyError('not_found', 'That conversation does not exist.');
    const message = json(result.message) as MessageRow | null;
    const conversation = json(result.conversation) as AppendedRow | null;
    if (!message || !conversation) {
      // The same clientId was stored before (a re-send after a lost ack): return that message unchanged.
      const stored = await this.#sql.query<MessageRow>(
        'SELECT * FROM messages WHERE conversation_id = $1 AND client_id = $2',
        [input.conversationId, input.clientId],
      );
      const duplicate = first(stored.rows);
      const [current, attachments, summary] = await Promise.all([
        this.getConversation(input.conversationId),
        attachmentRefs(this.#sql, [duplicate.id]),
        this.#summaryWith(this.#sql, input.conversationId),
      ]);
      if (!current) throw new ParleyError('not_found', 'That conversation does not exist.');
      return {
        message: toMessage(duplicate, attachments.get(duplicate.id)),
        created: false,
        conversation: current,
        summary,
        reopened: false,
      };
    }
    return {
      message: toMessage(message),
      created: true,
      conversation: toConversation(conversation),
      summary: toSummary({
        ...conversation,
        last_text: message.text,
        last_author: message.author,
        last_created_at: message.created_at,
      }),
      reopened: input.author === 'visitor' && result.previous_status === 'resolved',
    };
  }

  async #appendWithAttachments(input: NewMessage): Promise<AppendResult> {
    return this.#sql.transaction(async (tx) => {
      // The row lock serialises appends per conversation, so seq has no gaps and no duplicates.
      const locked = await tx.query<ConversationRow>('SELECT * FROM conversations WHERE id = $1 FOR UPDATE', [
        input.conversationId,
      ]);
      const current = locked.rows[0];
      if (!current) throw new ParleyError('not_found', 'That conversation does not exist.');

      const reopened = input.author === 'visitor' && current.status === 'resolved';
      const seq = current.last_seq + 1;
      const inserted = await tx.query<MessageRow>(
        `INSERT INTO messages (id, conversation_id, seq, client_id, author, author_id, text, language, analysis,
           translations, intent)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11)
         ON CONFLICT (conversation_id, client_id) DO NOTHING RETURNING *`,
        [randomUUID(), input.conversationId, seq, input.clientId, ...storedMessageValues(input)],
      );
      const message = inserted.rows[0];
      if (!message) {
        // The same clientId was stored before (a re-send after a lost ack): return that message unchanged.
        // Checking by insert rather than a SELECT first saves a round trip on every new message.
        const stored = await tx.query<MessageRow>(
          'SELECT * FROM messages WHERE conversation_id = $1 AND client_id = $2',
          [input.conversationId, input.clientId],
        );
        const duplicate = first(stored.rows);
        const attachments = await attachmentRefs(tx, [duplicate.id]);
        const summary = await this.#summaryWith(tx, input.conversationId);
        return {
          message: toMessage(duplicate, attachments.get(duplicate.id)),
          created: false,
          conversation: toConversation(current),
          summary,
          reopened: false,
        };
      }
      const attachments = input.attachments?.ids.length
        ? await attach(tx, current, message.id, input.attachments)
        : [];

      // A reopened conversation is a new matter: its old urgency no longer holds it at the top.
      const base = reopened ? { intent: null, urgency: null } : toConversation(current);
      const next = input.analysis ? classifyConversation(base, input.analysis) : null;
      const responds = input.author === 'agent' || input.author === 'bot';
      const updated = await tx.query<AppendedRow>(
        // now() is the transaction's start time, the same instant the message row got as created_at.
        `UPDATE conversations SET last_seq = $2, updated_at = now(),
           language = COALESCE($3, language), intent = COALESCE($4, intent), urgency = COALESCE($5, urgency),
           first_response_at = CASE WHEN $6::boolean AND first_response_at IS NULL THEN now()
             ELSE first_response_at END,
           status = CASE WHEN $7::boolean THEN 'open' ELSE status END,
           resolved_at = CASE WHEN $7::boolean THEN NULL ELSE resolved_at END,
           -- A reopened conversation is the bot's again; an agent's reply takes it over.
           handed_off_at = CASE WHEN $7::boolean THEN NULL
             WHEN $8::boolean THEN COALESCE(handed_off_at, now()) ELSE handed_off_at END
         WHERE id = $1
         RETURNING *, ${appendedRowExtras('conversations')}`,
        [
          input.conversationId,
          seq,
          next?.language ?? null,
          next?.intent ?? null,
          next?.urgency ?? null,
          responds,
          reopened,
          input.author === 'agent',
        ],
      );
      const row = first(updated.rows);
      return {
        message: toMessage(message, attachments),
        created: true,
        conversation: toConversation(row),
        // Built from rows this transaction already holds, so fan-out needs no query of its own.
        summary: toSummary({
          ...row,
          last_text: message.text,
          last_author: message.author,
          last_created_at: message.created_at,
        }),
        reopened,
      };
    });
  }

  async addTranslation(messageId: string, language: string, text: string): Promise<Message | null> {
    const { rows } = await this.#sql.query<MessageRow>(
      `UPDATE messages SET translations = translations || jsonb_build_object($2::text, $3::text)
       WHERE id = $1 RETURNING *`,
      [messageId, language, text],
    );
    if (!rows[0]) return null;
    const attachments = await attachmentRefs(this.#sql, [rows[0].id]);
    return toMessage(rows[0], attachments.get(rows[0].id));
  }

  async cachedTranslation(key: string): Promise<string | undefined> {
    const { rows } = await this.#sql.query<{ translation: string }>(
      'SELECT translation FROM translation_cache WHERE key = $1',
      [key],
    );
    return rows[0]?.translation;
  }

  async cacheTranslation(key: string, source: string, translation: string): Promise<void> {
    await this.#sql.query(
      `INSERT INTO translation_cache (key, source_sha256, translation) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE SET translation = EXCLUDED.translation, created_at = now()`,
      [key, createHash('sha256').update(source, 'utf8').digest('hex'), translation],
    );
  }

  async findMessageByClientId(conversationId: string, clientId: string): Promise<Message | null> {
    const { rows } = await this.#sql.query<MessageRow>(
      'SELECT * FROM messages WHERE conversation_id = $1 AND client_id = $2',
      [conversationId, clientId],
    );
    if (!rows[0]) return null;
    const attachments = await attachmentRefs(this.#sql, [rows[0].id]);
    return toMessage(rows[0], attachments.get(rows[0].id));
  }

  async listMessages(
    conversationId: string,
    options: { afterSeq?: number; limit?: number } = {},
  ): Promise<Message[]> {
    const { rows } = await this.#sql.query<MessageRow>(
      'SELECT * FROM messages WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
      [conversationId, options.afterSeq ?? 0, clampLimit(options.limit)],
    );
    if (rows.length === 0) return [];
    const attachments = await attachmentRefs(
      this.#sql,
      rows.map((row) => row.id),
    );
    return rows.map((row) => toMessage(row, attachments.get(row.id)));
  }

  async recentVisitorTexts(conversationId: string, count: number): Promise<string[]> {
    const { rows } = await this.#sql.query<{ text: string }>(
      `SELECT text FROM messages WHERE conversation_id = $1 AND author = 'visitor'
       ORDER BY seq DESC LIMIT $2`,
      [conversationId, count],
    );
    return rows.map((row) => row.text).reverse();
  }

  // ---- attachments ------------------------------------------------------------------------------

  async createAttachment(attachment: NewAttachment): Promise<AttachmentRecord> {
    const [kind, uploaderId] = uploaderColumns(attachment.uploader);
    const { rows } = await this.#sql.query<AttachmentRow>(
      `INSERT INTO attachments (id, site_id, conversation_id, uploader_kind, uploader_id, name, type, size, sha256,
         bytes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${ATTACHMENT_COLUMNS}`,
      [
        randomUUID(),
        attachment.siteId,
        attachment.conversationId,
        kind,
        uploaderId,
        attachment.name,
        attachment.type,
        attachment.bytes.byteLength,
        attachment.sha256,
        attachment.bytes,
      ],
    );
    return toAttachment(first(rows));
  }

  async getAttachment(id: string): Promise<AttachmentRecord | null> {
    const { rows } = await this.#sql.query<AttachmentRow>(
      `SELECT ${ATTACHMENT_COLUMNS} FROM attachments WHERE id = $1`,
      [id],
    );
    return rows[0] ? toAttachment(rows[0]) : null;
  }

  async getAttachmentBytes(id: string): Promise<Uint8Array | null> {
    const { rows } = await this.#sql.query<{ bytes: Uint8Array }>(
      'SELECT bytes FROM attachments WHERE id = $1',
      [id],
    );
    return rows[0] ? new Uint8Array(rows[0].bytes) : null;
  }

  // ---- events -----------------------------------------------------------------------------------

  async recordEvent(event: EventRecord): Promise<void> {
    await insertEvent(this.#sql, event);
  }

  // ---- knowledge base (SQL in knowledge-store.ts) -----------------------------------------------

  createKnowledgeEntry(entry: NewKnowledgeEntry): Promise<KnowledgeEntry> {
    return knowledge.createKnowledgeEntry(this.#sql, entry);
  }

  getKnowledgeEntry(id: string): Promise<KnowledgeEntry | null> {
    return knowledge.getKnowledgeEntry(this.#sql, id);
  }

  listKnowledgeEntries(siteId: string, filter?: { topic?: KnowledgeTopic }): Promise<KnowledgeEntry[]> {
    return knowledge.listKnowledgeEntries(this.#sql, siteId, filter);
  }

  updateKnowledgeEntry(
    id: string,
    patch: KnowledgePatch,
    options?: { expectedVersion?: number },
  ): Promise<KnowledgeEntry | null> {
    return knowledge.updateKnowledgeEntry(this.#sql, id, patch, options);
  }

  deleteKnowledgeEntry(id: string): Promise<boolean> {
    return knowledge.deleteKnowledgeEntry(this.#sql, id);
  }

  listKnowledgeVersions(entryId: string): Promise<KnowledgeVersion[]> {
    return knowledge.listKnowledgeVersions(this.#sql, entryId);
  }

  knowledgeRevision(siteId: string): Promise<number> {
    return knowledge.knowledgeRevision(this.#sql, siteId);
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

async function insertEvent(sql: SqlExecutor, event: EventRecord): Promise<void> {
  await sql.query(
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

/**
 * Attaches uploaded files to a new message inside its transaction. A file that does not exist, belongs to
 * another site or uploader, or is already on a message makes the whole append fail with `not_found`: the
 * same answer for each, so ids cannot be probed.
 */
async function attach(
  tx: SqlExecutor,
  conversation: ConversationRow,
  messageId: string,
  attachments: NonNullable<NewMessage['attachments']>,
): Promise<AttachmentRef[]> {
  const ids = [...new Set(attachments.ids)];
  const [kind, uploaderId] = uploaderColumns(attachments.uploader);
  const { rows } = await tx.query<AttachmentRow>(
    `UPDATE attachments SET conversation_id = $2, message_id = $3
     WHERE id = ANY($1::text[]) AND site_id = $4 AND uploader_kind = $5 AND uploader_id = $6
       AND message_id IS NULL AND (conversation_id IS NULL OR conversation_id = $2)
     RETURNING ${ATTACHMENT_COLUMNS}`,
    [ids, conversation.id, messageId, conversation.site_id, kind, uploaderId],
  );
  if (rows.length !== ids.length) {
    throw new ParleyError(
      'not_found',
      'An attachment of this message does not exist or cannot be sent by you.',
      {
        details: { attachmentIds: ids.filter((id) => !rows.some((row) => row.id === id)) },
      },
    );
  }
  const byId = new Map(rows.map((row) => [row.id, toAttachmentRef(row)]));
  return ids.map((id) => byId.get(id)!);
}

async function attachmentRefs(sql: SqlExecutor, messageIds: string[]): Promise<Map<string, AttachmentRef[]>> {
  const { rows } = await sql.query<AttachmentRow>(
    `SELECT ${ATTACHMENT_COLUMNS} FROM attachments WHERE message_id = ANY($1::text[]) ORDER BY created_at, id`,
    [messageIds],
  );
  const byMessage = new Map<string, AttachmentRef[]>();
  for (const row of rows) {
    const list = byMessage.get(row.message_id!) ?? [];
    list.push(toAttachmentRef(row));
    byMessage.set(row.message_id!, list);
  }
  return byMessage;
}

/** A stable 31-bit advisory lock key for a lock name, the same in every relay. */
function lockKey(name: string): number {
  return createHash('sha256').update(`parley:${name}`).digest().readUInt32BE(0) >>> 1;
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown })?.code === '23505';
}

function toThread(row: ConversationRow): VisitorThread {
  const conversation = toConversation(row);
  // Only a resolution is rated; an open conversation's old rating belongs to a resolution that no longer stands.
  return { conversation, rating: conversation.status === 'resolved' ? (row.rating ?? null) : null };
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
