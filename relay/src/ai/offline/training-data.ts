// Parley's shipped training set of labelled buyer messages, read once and shared by the intent and language models.
import { readFileSync } from 'node:fs';
import { type Intent, isIntent } from '@parley/shared';

export interface TrainingMessage {
  text: string;
  intent: Intent;
  lang: string;
}

export const TRAINING_SET_URL = new URL('./data/intents.train.jsonl', import.meta.url);

export function loadTrainingSet(url: URL): TrainingMessage[] {
  const rows: TrainingMessage[] = [];
  readFileSync(url, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      const row = JSON.parse(line) as { text?: unknown; intent?: unknown; lang?: unknown };
      if (typeof row.text !== 'string' || !isIntent(row.intent) || typeof row.lang !== 'string') {
        throw new Error(
          `${url.pathname}:${index + 1} is not a {text, intent, lang} example with a known intent id.`,
        );
      }
      rows.push({ text: row.text, intent: row.intent, lang: row.lang });
    });
  return rows;
}

let cached: TrainingMessage[] | undefined;
export function trainingSet(): TrainingMessage[] {
  cached ??= loadTrainingSet(TRAINING_SET_URL);
  return cached;
}
