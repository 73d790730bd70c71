// `pnpm bench:language`: accuracy and speed of the offline language engine on held-out buyer messages.
// Prints figures only; the thresholds live in DESIGN.md and the issue notes, never in timed unit tests.
//   dev  set (intents.dev.jsonl):  held out from training, but looked at while tuning the engine.
//   test set (intents.test.jsonl): written independently and never looked at message by message.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { detectAll } from 'tinyld';
import { detectLanguage } from '../ai/offline/detect-language.ts';
import { OfflineEngine } from '../ai/offline/index.ts';

interface EvalRow {
  text: string;
  intent: string;
  lang: string;
}

const { values: args } = parseArgs({ options: { json: { type: 'boolean', default: false } } });

function load(name: string): EvalRow[] {
  return readFileSync(new URL(`../ai/offline/data/${name}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as EvalRow);
}

const engine = new OfflineEngine();
const started = performance.now();
engine.analyzeSync({ text: 'warm up' }); // trains the model outside the timed loops
const trainingMs = performance.now() - started;
const ratio = (n: number, d: number) => Math.round((1000 * n) / d) / 1000;

function timePerMessage(rows: readonly EvalRow[], fn: (text: string) => unknown): number {
  const rounds = 10;
  const start = performance.now();
  for (let i = 0; i < rounds; i++) for (const row of rows) fn(row.text);
  return Math.round(((performance.now() - start) * 1000 * 10) / (rounds * rows.length)) / 10;
}

function measure(rows: readonly EvalRow[]) {
  let intentHits = 0;
  let safety = 0;
  let safetyHits = 0;
  const perLanguage: Record<string, number> = {};
  const perLanguageN: Record<string, number> = {};
  for (const row of rows) {
    const { intent } = engine.analyzeSync({ text: row.text });
    perLanguageN[row.lang] = (perLanguageN[row.lang] ?? 0) + 1;
    if (intent === row.intent) {
      intentHits++;
      perLanguage[row.lang] = (perLanguage[row.lang] ?? 0) + 1;
    }
    if (row.intent === 'product_safety') {
      safety++;
      if (intent === 'product_safety') safetyHits++;
    }
  }
  return {
    messages: rows.length,
    languages: Object.keys(perLanguageN).length,
    intentAccuracy: ratio(intentHits, rows.length),
    productSafetyRecall: ratio(safetyHits, safety),
    productSafety: `${safetyHits}/${safety}`,
    languageTextOnly: ratio(
      rows.filter((r) => detectLanguage(r.text).language === r.lang).length,
      rows.length,
    ),
    languageTinyldAlone: ratio(rows.filter((r) => detectAll(r.text)[0]?.lang === r.lang).length, rows.length),
    languageWithLocale: ratio(
      rows.filter((r) => detectLanguage(r.text, { locale: r.lang }).language === r.lang).length,
      rows.length,
    ),
    intentAccuracyByLanguage: Object.fromEntries(
      Object.keys(perLanguageN)
        .sort()
        .map((lang) => [lang, ratio(perLanguage[lang] ?? 0, perLanguageN[lang]!)]),
    ),
  };
}

const sets = { dev: measure(load('intents.dev.jsonl')), test: measure(load('intents.test.jsonl')) };
const test = load('intents.test.jsonl');
const speed = {
  trainingMs: Math.round(trainingMs),
  detectMicros: timePerMessage(test, (text) => detectLanguage(text)),
  tinyldMicros: timePerMessage(test, (text) => detectAll(text)),
  analyzeMicros: timePerMessage(test, (text) => engine.analyzeSync({ text })),
};

if (args.json) {
  process.stdout.write(`${JSON.stringify({ ...sets, speed })}\n`);
} else {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  for (const [name, s] of Object.entries(sets)) {
    console.log(`${name} set: ${s.messages} held-out messages in ${s.languages} languages`);
    console.log(`  intent accuracy            ${pct(s.intentAccuracy)}`);
    console.log(`  product_safety recall      ${pct(s.productSafetyRecall)} (${s.productSafety})`);
    console.log(
      `  language, text only        ${pct(s.languageTextOnly)} (tinyld alone ${pct(s.languageTinyldAlone)})`,
    );
    console.log(`  language, with locale hint ${pct(s.languageWithLocale)}`);
    console.log(
      `  intent accuracy by language ${Object.entries(s.intentAccuracyByLanguage)
        .map(([lang, a]) => `${lang} ${pct(a)}`)
        .join(', ')}`,
    );
  }
  console.log(`speed (test set)`);
  console.log(`  model training at startup  ${speed.trainingMs} ms`);
  console.log(
    `  detect per message         ${speed.detectMicros} µs (tinyld alone ${speed.tinyldMicros} µs, ratio ${(speed.detectMicros / speed.tinyldMicros).toFixed(2)})`,
  );
  console.log(`  full analysis per message  ${speed.analyzeMicros} µs`);
}
