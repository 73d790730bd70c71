// What the CSV and Markdown importers share: reading topic, language and list cells, and merging answers by entry.
import { parseLocale } from '@parley/shared';
import { titleKey } from '../storage/knowledge-store.ts';
import {
  COMMITMENTS,
  type Commitment,
  isCommitment,
  isKnowledgeTopic,
  isKnownLanguage,
  KNOWLEDGE_TOPICS,
  type KnowledgeTopic,
} from './vocabulary.ts';

/** One entry as a file described it, before it is checked against the site and stored. */
export interface ImportedEntry {
  /** Where the entry starts in the file (its first CSV row, its `##` heading). */
  line: number;
  topic: KnowledgeTopic;
  title: string;
  answers: Record<string, string>;
  tags: string[];
  allows: Commitment[];
}

/** A row or section left out, and why, so the merchant can fix that line. */
export interface SkippedLine {
  line: number;
  reason: string;
}

export interface ParsedImport {
  entries: ImportedEntry[];
  skipped: SkippedLine[];
}

/** A cell's value, or the sentence explaining why it cannot be used. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** "after sales", "After-Sales" and "after_sales" are one topic; an empty cell is "other". */
export function readTopic(text: string | undefined): CellResult<KnowledgeTopic> {
  const topic = vocabularyWord(text ?? '') || 'other';
  if (isKnowledgeTopic(topic)) return { ok: true, value: topic };
  return { ok: false, reason: `unknown topic "${text}"; use one of ${KNOWLEDGE_TOPICS.join(', ')}` };
}

/** "th", "TH", "th-TH" and "pt_BR" all name their language; a region or script is not kept. */
export function readLanguage(text: string | undefined): CellResult<string> {
  const trimmed = (text ?? '').trim();
  if (!trimmed) return { ok: false, reason: 'the language is empty' };
  const language = parseLocale(trimmed)?.language;
  if (language && isKnownLanguage(language)) return { ok: true, value: language };
  return { ok: false, reason: `"${trimmed}" is not a language code; use ISO 639-1 such as "th"` };
}

/** Items separated by commas, semicolons or bars. */
export function readList(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[,;|]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

export function readAllows(text: string | undefined): CellResult<Commitment[]> {
  const allows: Commitment[] = [];
  for (const item of readList(text)) {
    const commitment = vocabularyWord(item);
    if (!isCommitment(commitment)) {
      return { ok: false, reason: `unknown commitment "${item}"; use ${COMMITMENTS.join(', ')}` };
    }
    allows.push(commitment);
  }
  return { ok: true, value: allows };
}

function vocabularyWord(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * Gathers answers into entries: everything with the same topic and title (compared as the database compares
 * titles) is one entry, its tags and commitments the union of its rows. A second answer in one language for one
 * entry is skipped, not silently preferred.
 */
export class ImportCollector {
  readonly #entries = new Map<string, ImportedEntry & { answerLines: Map<string, number> }>();
  readonly #skipped: SkippedLine[] = [];

  skip(line: number, reason: string): void {
    this.#skipped.push({ line, reason });
  }

  /** `line` is the answer's; `entryLine`, where its entry starts when that is elsewhere (a Markdown heading). */
  add(
    line: number,
    row: {
      topic: KnowledgeTopic;
      title: string;
      language: string;
      answer: string;
      tags: string[];
      allows: Commitment[];
    },
    entryLine = line,
  ): void {
    const key = `${row.topic}\u0000${titleKey(row.title)}`;
    let entry = this.#entries.get(key);
    if (!entry) {
      entry = {
        line: entryLine,
        topic: row.topic,
        title: row.title,
        answers: {},
        tags: [],
        allows: [],
        answerLines: new Map(),
      };
      this.#entries.set(key, entry);
    }
    const earlier = entry.answerLines.get(row.language);
    if (earlier !== undefined) {
      this.skip(line, `a second ${row.language} answer for "${row.title}" (the first is on line ${earlier})`);
      return;
    }
    entry.answerLines.set(row.language, line);
    entry.answers[row.language] = row.answer;
    entry.tags = [...new Set([...entry.tags, ...row.tags])];
    entry.allows = [...new Set([...entry.allows, ...row.allows])];
  }

  result(): ParsedImport {
    const entries = [...this.#entries.values()].map(({ answerLines: _lines, ...entry }) => entry);
    return { entries, skipped: [...this.#skipped].sort((a, b) => a.line - b.line) };
  }
}
