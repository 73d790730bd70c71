// `pnpm bench:language`: accuracy and speed of the offline language engine on the held-out evaluation set.
// Prints figures only; the thresholds live in DESIGN.md and the issue notes, never in timed unit tests.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { detectAll } from 'tinyld';
import { detectLanguage } from '../ai/offline/detect-language.ts';
import { OfflineEngine } from '../ai/offline/index.ts';

interface EvalRow {
  text: string;
  intent: string;
  lang: string;
}

const rows: EvalRow[] = readFileSync(
  new URL('../ai/offline/data/intents.eval.jsonl', import.meta.url),
  'utf8',
)
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as EvalRow);
const engine = new OfflineEngine();
engine.analyzeSync({ text: 'warm up' }); // trains the model outside the timed loops

const percent = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
const languages = new Set(rows.map((r) => r.lang));

let intentHits = 0;
let safety = 0;
let safetyHits = 0;
const perLanguage = new Map<string, { n: number; hits: number }>();
for (const row of rows) {
  const { intent } = engine.analyzeSync({ text: row.text });
  const entry = perLanguage.get(row.lang) ?? { n: 0, hits: 0 };
  entry.n++;
  if (intent === row.intent) {
    intentHits++;
    entry.hits++;
  }
  perLanguage.set(row.lang, entry);
  if (row.intent === 'product_safety') {
    safety++;
    if (intent === 'product_safety') safetyHits++;
  }
}

const detectedTextOnly = rows.filter((r) => detectLanguage(r.text).language === r.lang).length;
const detectedWithHint = rows.filter(
  (r) => detectLanguage(r.text, { locale: r.lang }).language === r.lang,
).length;
const tinyldAlone = rows.filter((r) => detectAll(r.text)[0]?.lang === r.lang).length;

function timePerMessage(fn: (text: string) => unknown): number {
  const rounds = 20;
  const start = performance.now();
  for (let i = 0; i < rounds; i++) for (const row of rows) fn(row.text);
  return ((performance.now() - start) * 1000) / (rounds * rows.length);
}
const detectMicros = timePerMessage((text) => detectLanguage(text));
const tinyldMicros = timePerMessage((text) => detectAll(text));
const analyzeMicros = timePerMessage((text) => engine.analyzeSync({ text }));

console.log(`Offline language engine on ${rows.length} held-out messages in ${languages.size} languages`);
console.log(`  intent accuracy            ${percent(intentHits, rows.length)}`);
console.log(`  product_safety recall      ${percent(safetyHits, safety)} (${safetyHits}/${safety})`);
console.log(
  `  language, text only        ${percent(detectedTextOnly, rows.length)} (tinyld alone ${percent(tinyldAlone, rows.length)})`,
);
console.log(`  language, with locale hint ${percent(detectedWithHint, rows.length)}`);
console.log(
  `  detect per message         ${detectMicros.toFixed(1)} µs (tinyld alone ${tinyldMicros.toFixed(1)} µs, ratio ${(detectMicros / tinyldMicros).toFixed(2)})`,
);
console.log(`  full analysis per message  ${analyzeMicros.toFixed(1)} µs`);
console.log('  intent accuracy per language:');
for (const [lang, { n, hits }] of [...perLanguage].sort())
  console.log(`    ${lang} ${percent(hits, n)} (${hits}/${n})`);
