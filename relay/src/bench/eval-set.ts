// The held-out evaluation sets that the language benchmarks read: one JSON row `{text, intent, lang}` a line.
import { readFileSync } from 'node:fs';

export interface EvalRow {
  text: string;
  intent: string;
  lang: string;
}

export type EvalSetName = 'intents.dev.jsonl' | 'intents.test.jsonl';

export function loadEvalSet(name: EvalSetName): EvalRow[] {
  return readFileSync(new URL(`../ai/offline/data/${name}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as EvalRow);
}

/**
 * The languages of a store selling into each buyer language's home market, as a merchant would list them in
 * `Site.languages`: a Malaysian store serves Malay, English and Chinese, a Brazilian one Portuguese and Spanish.
 * The markets benchmark sends each message to its language's store.
 */
export const STORE_LANGUAGES: Record<string, readonly string[]> = {
  th: ['th', 'en'],
  vi: ['vi', 'en'],
  id: ['id', 'en'],
  ms: ['ms', 'en', 'zh'],
  tl: ['tl', 'en'],
  en: ['en', 'es'],
  de: ['de', 'en'],
  fr: ['fr', 'en'],
  es: ['es', 'en'],
  it: ['it', 'en'],
  pt: ['pt', 'es', 'en'],
  ja: ['ja', 'en'],
  ko: ['ko', 'en'],
  zh: ['zh', 'en'],
  ar: ['ar', 'en'],
  ru: ['ru', 'en'],
  tr: ['tr', 'en'],
  pl: ['pl', 'en'],
  nl: ['nl', 'en', 'de'],
};

/**
 * Earlier messages for row `index`: the `depth` rows before it in the same language, as if one buyer had sent
 * them. Rows are written by different people, so this is a fair stand-in for a conversation's earlier lines.
 */
export function earlierMessages(rows: readonly EvalRow[], index: number, depth = 2): string[] {
  const row = rows[index]!;
  const same = rows.filter((r) => r.lang === row.lang);
  const at = same.indexOf(row);
  const earlier: string[] = [];
  for (let k = depth; k >= 1; k--) {
    const previous = same[(at - k + same.length) % same.length]!;
    if (previous !== row) earlier.push(previous.text);
  }
  return earlier;
}
