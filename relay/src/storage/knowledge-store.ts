// Knowledge-base SQL (entries, the versions updates replaced, the per-site revision) that SqlStorage delegates to.
import { randomUUID } from 'node:crypto';
import { ParleyError } from '@parley/shared';
import type { Commitment, KnowledgeTopic } from '../knowledge/vocabulary.ts';
import { iso, json } from './rows.ts';
import type {
  KnowledgeContent,
  KnowledgeEntry,
  KnowledgePatch,
  KnowledgeVersion,
  NewKnowledgeEntry,
  SqlClient,
} from './types.ts';

interface KnowledgeRow {
  id: string;
  site_id: string;
  topic: string;
  title: string;
  answers: unknown;
  tags: unknown;
  allows: unknown;
  version: number;
  created_at: unknown;
  updated_at: unknown;
}

interface VersionRow {
  entry_id: string;
  version: number;
  content: unknown;
  created_at: unknown;
}

/** How titles are compared for uniqueness: "Returns  policy " and "returns policy" are the same entry. */
export function titleKey(title: string): string {
  return title.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

// Inserting 1 only happens for a site's first write, so the revision never goes back.
const BUMP_REVISION = `INSERT INTO knowledge_revisions (site_id, revision) SELECT site_id, 1 FROM changed
  ON CONFLICT (site_id) DO UPDATE SET revision = knowledge_revisions.revision + 1`;

export async function createKnowledgeEntry(
  sql: SqlClient,
  entry: NewKnowledgeEntry,
): Promise<KnowledgeEntry> {
  try {
    // One statement, so the entry and the revision bump commit together without a transaction's round trips.
    const { rows } = await sql.query<KnowledgeRow>(
      `WITH changed AS (
         INSERT INTO knowledge_entries (id, site_id, topic, title, title_key, answers, tags, allows)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8::jsonb) RETURNING *
       ), bump AS (${BUMP_REVISION})
       SELECT * FROM changed`,
      [
        randomUUID(),
        entry.siteId,
        entry.topic,
        entry.title,
        titleKey(entry.title),
        JSON.stringify(entry.answers),
        JSON.stringify(entry.tags ?? []),
        JSON.stringify(entry.allows ?? []),
      ],
    );
    return toKnowledgeEntry(firstRow(rows));
  } catch (error) {
    if (sqlState(error) === '23503') throw new ParleyError('not_found', 'That site does not exist.');
    throw duplicateTitle(error, entry) ?? error;
  }
}

export async function getKnowledgeEntry(sql: SqlClient, id: string): Promise<KnowledgeEntry | null> {
  const { rows } = await sql.query<KnowledgeRow>('SELECT * FROM knowledge_entries WHERE id = $1', [id]);
  return rows[0] ? toKnowledgeEntry(rows[0]) : null;
}

export async function listKnowledgeEntries(
  sql: SqlClient,
  siteId: string,
  filter: { topic?: KnowledgeTopic } = {},
): Promise<KnowledgeEntry[]> {
  const { rows } = await sql.query<KnowledgeRow>(
    `SELECT * FROM knowledge_entries WHERE site_id = $1 AND ($2::text IS NULL OR topic = $2)
     ORDER BY created_at, id`,
    [siteId, filter.topic ?? null],
  );
  return rows.map(toKnowledgeEntry);
}

export async function updateKnowledgeEntry(
  sql: SqlClient,
  id: string,
  patch: KnowledgePatch,
  options: { expectedVersion?: number } = {},
): Promise<KnowledgeEntry | null> {
  const changes = definedFields(patch);
  // Kept for the error message: a title clash is only known once the UPDATE runs.
  let next: KnowledgeContent | undefined;
  try {
    return await sql.transaction(async (tx) => {
      // The row lock makes concurrent updates of one entry take turns, so each sees the version the other made.
      const locked = await tx.query<KnowledgeRow>(
        'SELECT * FROM knowledge_entries WHERE id = $1 FOR UPDATE',
        [id],
      );
      const current = locked.rows[0];
      if (!current) return null;
      if (options.expectedVersion !== undefined && current.version !== options.expectedVersion) {
        throw new ParleyError(
          'conflict',
          `This entry was changed since version ${options.expectedVersion}; it is at version ${current.version} now. ` +
            'Reload it, reapply your change and send it with the new version.',
          { details: { expectedVersion: options.expectedVersion, currentVersion: current.version } },
        );
      }
      if (Object.keys(changes).length === 0) return toKnowledgeEntry(current);
      next = { ...contentOf(current), ...changes };
      await tx.query(
        `INSERT INTO knowledge_versions (entry_id, version, content, created_at)
         SELECT id, version,
           jsonb_build_object('topic', topic, 'title', title, 'answers', answers, 'tags', tags, 'allows', allows),
           updated_at
         FROM knowledge_entries WHERE id = $1`,
        [id],
      );
      // clock_timestamp(), not now(): the transaction may have waited on the lock past an update that began later,
      // and a version must not look older than the one it replaced.
      const { rows } = await tx.query<KnowledgeRow>(
        `WITH changed AS (
           UPDATE knowledge_entries SET topic = $2, title = $3, title_key = $4, answers = $5::jsonb,
             tags = $6::jsonb, allows = $7::jsonb, version = version + 1, updated_at = clock_timestamp()
           WHERE id = $1 RETURNING *
         ), bump AS (${BUMP_REVISION})
         SELECT * FROM changed`,
        [
          id,
          next.topic,
          next.title,
          titleKey(next.title),
          JSON.stringify(next.answers),
          JSON.stringify(next.tags),
          JSON.stringify(next.allows),
        ],
      );
      return toKnowledgeEntry(firstRow(rows));
    });
  } catch (error) {
    throw (next ? duplicateTitle(error, next) : undefined) ?? error;
  }
}

export async function deleteKnowledgeEntry(sql: SqlClient, id: string): Promise<boolean> {
  const { rows } = await sql.query(
    `WITH changed AS (DELETE FROM knowledge_entries WHERE id = $1 RETURNING site_id), bump AS (${BUMP_REVISION})
     SELECT site_id FROM changed`,
    [id],
  );
  return rows.length > 0;
}

export async function listKnowledgeVersions(sql: SqlClient, entryId: string): Promise<KnowledgeVersion[]> {
  const { rows } = await sql.query<VersionRow>(
    'SELECT * FROM knowledge_versions WHERE entry_id = $1 ORDER BY version DESC',
    [entryId],
  );
  return rows.map((row) => ({
    entryId: row.entry_id,
    version: row.version,
    content: toContent(json(row.content) as Record<string, unknown>),
    createdAt: iso(row.created_at),
  }));
}

export async function knowledgeRevision(sql: SqlClient, siteId: string): Promise<number> {
  const { rows } = await sql.query<{ revision: number }>(
    'SELECT revision FROM knowledge_revisions WHERE site_id = $1',
    [siteId],
  );
  return rows[0]?.revision ?? 0;
}

function toKnowledgeEntry(row: KnowledgeRow): KnowledgeEntry {
  return {
    id: row.id,
    siteId: row.site_id,
    ...contentOf(row),
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

function contentOf(row: KnowledgeRow): KnowledgeContent {
  return toContent({
    topic: row.topic,
    title: row.title,
    answers: json(row.answers),
    tags: json(row.tags),
    allows: json(row.allows),
  });
}

/** Content as stored (a row's columns or a version's JSON), read defensively: jsonb can hold anything. */
function toContent(value: Record<string, unknown>): KnowledgeContent {
  const answers: Record<string, string> = {};
  if (value.answers && typeof value.answers === 'object') {
    for (const [language, text] of Object.entries(value.answers)) {
      if (typeof text === 'string') answers[language] = text;
    }
  }
  return {
    topic: String(value.topic) as KnowledgeTopic,
    title: String(value.title),
    answers,
    tags: strings(value.tags),
    allows: strings(value.allows) as Commitment[],
  };
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function definedFields(patch: KnowledgePatch): Partial<KnowledgeContent> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
}

function duplicateTitle(error: unknown, entry: { title: string; topic: string }): ParleyError | undefined {
  if (sqlState(error) !== '23505') return undefined;
  return new ParleyError(
    'conflict',
    `An entry titled "${entry.title}" already exists in the ${entry.topic} topic. Update that entry instead, or choose another title.`,
    { details: { title: entry.title, topic: entry.topic } },
  );
}

function sqlState(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code;
}

function firstRow<Row>(rows: Row[]): Row {
  const row = rows[0];
  if (row === undefined) throw new Error('The database returned no row where one was expected.');
  return row;
}
