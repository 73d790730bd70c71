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
  prefix: (term) => term.length >= 3 && isLatin(term),
  fuzzy: (term) => (term.length < 4 || !isLatin(term) ? false : term.length < 6 ? 1 : 2),
  maxFuzzy: 2,
  combineWith: 'OR',
};

export class SiteIndex {
  readonly entries: ReadonlyMap<string, KnowledgeEntry>;
  readonly #search: MiniSearch<KnowledgeEntry>;

  constructor(entries: readonly KnowledgeEntry[]) {
    this.entries = new Map(entries.map((entry) => [entry.id, entry]));
    // A field per language rather than one for all answers: BM25 then weighs a Thai answer's length against other
    // Thai answers, not against every language of the entry together.
    const languages = new Set(entries.flatMap((entry) => Object.keys(entry.answers)));
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

  /** Entries matching any word of the query, best first. */
  search(query: string, limit: number): IndexHit[] {
    const hits: IndexHit[] = [];
    for (const result of this.#search.search(query)) {
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
