// One site's knowledge as a MiniSearch index: immutable once built, replaced whole when the site's knowledge changes.
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { KnowledgeEntry } from '../storage/types.ts';
import { isLatin, searchTerm, tokenize } from './search-terms.ts';
import type { Commitment } from './vocabulary.ts';

export interface IndexHit {
  entry: KnowledgeEntry;
  score: number;
}

const ANSWER_FIELD = 'answer:';

// Misspellings are a Latin-script problem (a keyboard, no autocorrect); in Thai or Chinese an edit distance of one
// is another word. Short words are left exact: at three letters one edit reaches half the dictionary.
const SEARCH_OPTIONS: SearchOptions = {
  boost: { title: 2, tags: 1.5 },
  // Four letters at least: folded Vietnamese syllables ("tra", "doi") would otherwise prefix-match English words.
  prefix: (term) => term.length >= 4 && isLatin(term),
  fuzzy: (term) => (term.length < 4 || !isLatin(term) ? false : term.length < 6 ? 1 : 2),
  maxFuzzy: 2,
  combineWith: 'OR',
};

export class SiteIndex {
  readonly entries: ReadonlyMap<string, KnowledgeEntry>;
  readonly #search: MiniSearch<KnowledgeEntry>;
  /** The answer fields that exist, one per language some entry is written in. */
  readonly #fields: ReadonlySet<string>;

  constructor(entries: readonly KnowledgeEntry[]) {
    this.entries = new Map(entries.map((entry) => [entry.id, entry]));
    // A field per language rather than one for all answers: BM25 then weighs a Thai answer's length against other
    // Thai answers, not against every language of the entry together.
    const languages = new Set(entries.flatMap((entry) => Object.keys(entry.answers)));
    this.#fields = new Set([...languages].map((language) => `${ANSWER_FIELD}${language}`));
    this.#search = new MiniSearch<KnowledgeEntry>({
      fields: ['title', 'tags', ...[...languages].map((language) => `${ANSWER_FIELD}${language}`)],
      extractField: (entry, field) => {
        if (field === 'id') return entry.id;
        if (field === 'title') return entry.title;
        if (field === 'tags') return entry.tags.join(' ');
        return entry.answers[field.slice(ANSWER_FIELD.length)];
      },
      tokenize,
      processTerm: searchTerm,
      searchOptions: SEARCH_OPTIONS,
    });
    this.#search.addAll(entries);
  }

  /**
   * Entries matching any word of the query, best first. With `language`, only that language's answers (and, for
   * the site's own language, titles and tags) are searched when some entry is written in it: a Vietnamese
   * question matched against German answers finds only accidents of spelling.
   */
  search(query: string, limit: number, language?: { code: string; isSiteDefault: boolean }): IndexHit[] {
    const hits: IndexHit[] = [];
    const field = language ? `${ANSWER_FIELD}${language.code}` : undefined;
    const fields =
      field && this.#fields.has(field)
        ? [field, ...(language?.isSiteDefault ? ['title', 'tags'] : [])]
        : undefined;
    for (const result of this.#search.search(query, fields ? { fields } : {})) {
      const entry = this.entries.get(result.id as string);
      if (entry) hits.push({ entry, score: result.score });
      if (hits.length >= limit) break;
    }
    return hits;
  }

  /** Whether any entry's policy permits the commitment. */
  allows(commitment: Commitment): boolean {
    for (const entry of this.entries.values()) if (entry.allows.includes(commitment)) return true;
    return false;
  }
}
