// The per-site knowledge base as a service: checked writes, imports, and multilingual search over a cached index.
import { ParleyError } from '@parley/shared';
import { titleKey } from '../storage/knowledge-store.ts';
import type {
  KnowledgeContent,
  KnowledgeEntry,
  KnowledgeVersion,
  SiteRecord,
  Storage,
} from '../storage/types.ts';
import { type ContentIssue, cleanContent, contentIssues, sameContent } from './entry-content.ts';
import { parseCsvImport } from './import-csv.ts';
import { parseMarkdownImport } from './import-markdown.ts';
import type { SkippedLine } from './import-rows.ts';
import { SiteIndex } from './site-index.ts';
import {
  COMMITMENTS,
  type Commitment,
  type KnowledgeTopic,
  MAX_ENTRIES_PER_SITE,
  MAX_IMPORT_ENTRIES,
} from './vocabulary.ts';

export interface KnowledgeInput {
  topic: KnowledgeTopic;
  title: string;
  answers: Record<string, string>;
  tags?: string[];
  allows?: Commitment[];
}

/** A change to an entry. `answers` merges by language (null removes that language); other fields replace. */
export interface KnowledgeEdit {
  topic?: KnowledgeTopic;
  title?: string;
  answers?: Record<string, string | null>;
  tags?: string[];
  allows?: Commitment[];
}

export interface KnowledgeSearchOptions {
  /** The language the answer is wanted in; the site's default language when omitted or missing from an entry. */
  language?: string;
  /** 1–50; default 5. */
  limit?: number;
}

export interface KnowledgeHit {
  id: string;
  topic: KnowledgeTopic;
  title: string;
  /** The language of `answer`: the one asked for when the entry has it, else the site's default. */
  language: string;
  answer: string;
  tags: string[];
  allows: Commitment[];
  version: number;
  /** Relevance, higher is better; comparable only within one search. */
  score: number;
}

export type ImportFormat = 'csv' | 'markdown';

export interface ImportReport {
  created: number;
  updated: number;
  /** Entries the file already matched exactly: no new version. */
  unchanged: number;
  /** Rows or entries left out, by line, with the reason. */
  skipped: SkippedLine[];
  entries: { line: number; id: string; title: string; result: 'created' | 'updated' | 'unchanged' }[];
}

export interface KnowledgeBaseOptions {
  /** Sites whose search index is kept in memory, least recently searched dropped first (default 100). */
  maxCachedSites?: number;
}

export const DEFAULT_SEARCH_LIMIT = 5;
export const MAX_SEARCH_LIMIT = 50;

/**
 * Search keeps one index per site in memory, built on first use. Every write raises the site's revision in the
 * database (storage does it in the write's transaction), and each search first reads that revision: one primary
 * key lookup. A newer one means the index is rebuilt, whichever relay process wrote, so a process never answers
 * from knowledge another one has changed.
 */
export class KnowledgeBase {
  readonly #storage: Storage;
  readonly #maxCachedSites: number;
  // Insertion order is recency: a hit moves its site to the end, and the first key is evicted.
  readonly #indexes = new Map<string, { revision: number; index: Promise<SiteIndex> }>();

  constructor(storage: Storage, options: KnowledgeBaseOptions = {}) {
    if (!storage) throw new Error("KnowledgeBase needs a Storage: pass the relay's storage.");
    this.#storage = storage;
    this.#maxCachedSites = options.maxCachedSites ?? 100;
  }

  list(siteId: string, filter: { topic?: KnowledgeTopic } = {}): Promise<KnowledgeEntry[]> {
    return this.#storage.listKnowledgeEntries(siteId, filter);
  }

  get(id: string): Promise<KnowledgeEntry | null> {
    return this.#storage.getKnowledgeEntry(id);
  }

  versions(id: string): Promise<KnowledgeVersion[]> {
    return this.#storage.listKnowledgeVersions(id);
  }

  delete(id: string): Promise<boolean> {
    return this.#storage.deleteKnowledgeEntry(id);
  }

  /** Refused with validation_failed when the site's default-language answer is missing or a field is too long. */
  async create(siteId: string, input: KnowledgeInput): Promise<KnowledgeEntry> {
    const site = await this.#site(siteId);
    const content = checked(
      cleanContent({ ...input, tags: input.tags ?? [], allows: input.allows ?? [] }),
      site.defaultLanguage,
    );
    if ((await this.#index(siteId)).entries.size >= MAX_ENTRIES_PER_SITE) throw full();
    return this.#storage.createKnowledgeEntry({ siteId, ...content });
  }

  /**
   * Applies `edit` and stores a new version. With `expectedVersion`, an entry changed since is refused with
   * `conflict`; without it, a write that lands between reading and storing is merged again (the answers merge by
   * language, so the change is applied to the newest version, never over it). An edit that changes nothing stores
   * no version.
   */
  async update(
    id: string,
    edit: KnowledgeEdit,
    options: { expectedVersion?: number } = {},
  ): Promise<KnowledgeEntry> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.#storage.getKnowledgeEntry(id);
      if (!current) throw notFound();
      const expectedVersion = options.expectedVersion ?? current.version;
      const site = await this.#site(current.siteId);
      const content = checked(cleanContent(applyEdit(current, edit)), site.defaultLanguage);
      if (expectedVersion === current.version && sameContent(current, content)) return current;
      try {
        const updated = await this.#storage.updateKnowledgeEntry(id, content, { expectedVersion });
        if (!updated) throw notFound();
        return updated;
      } catch (error) {
        if (options.expectedVersion === undefined && attempt < 3 && isStaleVersion(error)) continue;
        throw error;
      }
    }
  }

  /**
   * Imports a CSV or Markdown document: entries matching a stored one by topic and title update it (answers merge
   * by language; tags and commitments given replace the stored ones), the others are created. Bad rows and entries
   * are reported by line and skipped; the rest are stored.
   */
  async import(siteId: string, format: ImportFormat, text: string): Promise<ImportReport> {
    const site = await this.#site(siteId);
    const parsed = format === 'csv' ? parseCsvImport(text) : parseMarkdownImport(text, site.defaultLanguage);
    if (parsed.entries.length > MAX_IMPORT_ENTRIES) {
      throw new ParleyError(
        'payload_too_large',
        `The file has ${parsed.entries.length} entries; one import takes at most ${MAX_IMPORT_ENTRIES}. Split it into smaller files.`,
        { details: { entries: parsed.entries.length, limit: MAX_IMPORT_ENTRIES } },
      );
    }
    const stored = new Map(
      (await this.#storage.listKnowledgeEntries(siteId)).map((entry) => [entryKey(entry), entry]),
    );
    let count = stored.size;
    const report: ImportReport = {
      created: 0,
      updated: 0,
      unchanged: 0,
      skipped: [...parsed.skipped],
      entries: [],
    };
    const skip = (line: number, title: string, reason: string) =>
      report.skipped.push({ line, reason: `"${title}": ${reason}` });

    for (const imported of parsed.entries) {
      const existing = stored.get(entryKey(imported));
      const content = cleanContent({
        topic: imported.topic,
        title: imported.title,
        answers: { ...existing?.answers, ...imported.answers },
        tags: imported.tags.length > 0 ? imported.tags : (existing?.tags ?? []),
        allows: imported.allows.length > 0 ? imported.allows : (existing?.allows ?? []),
      });
      const issues = contentIssues(content, site.defaultLanguage);
      if (issues.length > 0) {
        skip(imported.line, imported.title, issues.map((issue) => issue.message).join(' '));
        continue;
      }
      const row = { line: imported.line, title: content.title };
      try {
        if (existing && sameContent(existing, content)) {
          report.unchanged++;
          report.entries.push({ ...row, id: existing.id, result: 'unchanged' });
        } else if (existing) {
          const updated = await this.#storage.updateKnowledgeEntry(existing.id, content, {
            expectedVersion: existing.version,
          });
          if (!updated) throw notFound();
          report.updated++;
          report.entries.push({ ...row, id: updated.id, result: 'updated' });
        } else if (count >= MAX_ENTRIES_PER_SITE) {
          skip(imported.line, imported.title, full().message);
        } else {
          const created = await this.#storage.createKnowledgeEntry({ siteId, ...content });
          count++;
          report.created++;
          report.entries.push({ ...row, id: created.id, result: 'created' });
        }
      } catch (error) {
        // Someone changed or deleted the entry, or created one of that title, while the import ran.
        if (!(error instanceof ParleyError) || !['conflict', 'not_found'].includes(error.code)) throw error;
        skip(imported.line, imported.title, `${error.message} Import the file again to apply it.`);
      }
    }
    report.skipped.sort((a, b) => a.line - b.line);
    return report;
  }

  /**
   * The site's entries that best match `query`, in any language and script: each with its answer in the language
   * asked for when the entry has one, else the site's default (`language` says which was returned).
   */
  async search(siteId: string, query: string, options: KnowledgeSearchOptions = {}): Promise<KnowledgeHit[]> {
    const limit = Math.min(Math.max(Math.trunc(options.limit ?? DEFAULT_SEARCH_LIMIT), 1), MAX_SEARCH_LIMIT);
    const [site, index] = await Promise.all([this.#site(siteId), this.#index(siteId)]);
    const language = options.language
      ? { code: options.language, isSiteDefault: options.language === site.defaultLanguage }
      : undefined;
    return index
      .search(query, limit, language)
      .map(({ entry, score }) => toHit(entry, score, options.language, site.defaultLanguage));
  }

  /** Whether any of the site's entries permits the commitment: a refund promised where none does gets flagged. */
  async allows(siteId: string, commitment: Commitment): Promise<boolean> {
    return (await this.#index(siteId)).allows(commitment);
  }

  /** Every commitment some entry allows, or undefined when the site has no entries to say anything. */
  async allowedCommitments(siteId: string): Promise<Set<Commitment> | undefined> {
    const index = await this.#index(siteId);
    if (index.entries.size === 0) return undefined;
    return new Set(COMMITMENTS.filter((commitment) => index.allows(commitment)));
  }

  async #site(siteId: string): Promise<SiteRecord> {
    const site = await this.#storage.getSite(siteId);
    if (!site) throw new ParleyError('not_found', 'No site with that id.');
    return site;
  }

  async #index(siteId: string): Promise<SiteIndex> {
    const revision = await this.#storage.knowledgeRevision(siteId);
    const cached = this.#indexes.get(siteId);
    this.#indexes.delete(siteId);
    // A concurrent search may already have cached a newer revision than the one read here: keep the newer.
    if (cached && cached.revision >= revision) {
      this.#indexes.set(siteId, cached);
      return cached.index;
    }
    // Entries read after the revision are at least that new; if they are newer, the next search rebuilds once more.
    const index = this.#storage.listKnowledgeEntries(siteId).then((entries) => new SiteIndex(entries));
    this.#indexes.set(siteId, { revision, index });
    index.catch(() => {
      if (this.#indexes.get(siteId)?.index === index) this.#indexes.delete(siteId);
    });
    for (const oldest of this.#indexes.keys()) {
      if (this.#indexes.size <= this.#maxCachedSites) break;
      this.#indexes.delete(oldest);
    }
    return index;
  }
}

/** A KnowledgeBase over the relay's storage; tests make their own instead of sharing one. */
export function createKnowledgeBase(storage: Storage, options?: KnowledgeBaseOptions): KnowledgeBase {
  return new KnowledgeBase(storage, options);
}

function applyEdit(current: KnowledgeContent, edit: KnowledgeEdit): KnowledgeContent {
  const answers = { ...current.answers };
  for (const [language, text] of Object.entries(edit.answers ?? {})) {
    if (text === null) delete answers[language];
    else answers[language] = text;
  }
  return {
    topic: edit.topic ?? current.topic,
    title: edit.title ?? current.title,
    answers,
    tags: edit.tags ?? current.tags,
    allows: edit.allows ?? current.allows,
  };
}

function checked(content: KnowledgeContent, defaultLanguage: string): KnowledgeContent {
  const issues: ContentIssue[] = contentIssues(content, defaultLanguage);
  if (issues.length === 0) return content;
  const fields = [...new Set(issues.map((issue) => issue.field))].join(', ');
  throw new ParleyError(
    'validation_failed',
    `The knowledge entry is invalid (${fields}). See details for each field.`,
    {
      details: { issues },
    },
  );
}

function toHit(
  entry: KnowledgeEntry,
  score: number,
  wanted: string | undefined,
  defaultLanguage: string,
): KnowledgeHit {
  const language =
    [wanted, defaultLanguage].find((candidate) => candidate && entry.answers[candidate]) ??
    Object.keys(entry.answers)[0] ??
    defaultLanguage;
  return {
    id: entry.id,
    topic: entry.topic,
    title: entry.title,
    language,
    answer: entry.answers[language] ?? '',
    tags: entry.tags,
    allows: entry.allows,
    version: entry.version,
    score,
  };
}

function entryKey(entry: { topic: string; title: string }): string {
  return `${entry.topic}\u0000${titleKey(entry.title)}`;
}

/** The conflict of a stale expectedVersion, as opposed to a title clash. */
function isStaleVersion(error: unknown): boolean {
  return (
    error instanceof ParleyError &&
    error.code === 'conflict' &&
    (error.details as { currentVersion?: unknown } | undefined)?.currentVersion !== undefined
  );
}

function notFound(): ParleyError {
  return new ParleyError('not_found', 'No knowledge entry with that id is visible to you.');
}

function full(): ParleyError {
  return new ParleyError(
    'payload_too_large',
    `This site's knowledge base holds ${MAX_ENTRIES_PER_SITE} entries, the most it can; delete or merge some first.`,
    { details: { limit: MAX_ENTRIES_PER_SITE } },
  );
}
