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
