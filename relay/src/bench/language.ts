// `pnpm bench:language`: accuracy and speed of the offline language engine on held-out buyer messages.
// Prints figures only; the thresholds live in DESIGN.md and the issue notes, never in timed unit tests.
//   dev  set (intents.dev.jsonl):  held out from training, but looked at while tuning the engine.
//   test set (intents.test.jsonl): written independently and never looked at message by message.
// Also compares detection libraries (detector-comparison.ts) and times the LLM engine against the local
// OpenAI-compatible test server (llm-overhead.ts), all in the same run.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { detectAll } from 'tinyld';
import { detectLanguage } from '../ai/offline/detect-language.ts';
import { OfflineEngine } from '../ai/offline/index.ts';
import { compareDetectors, loadDetectors } from './detector-comparison.ts';
import { type EvalRow, earlierMessages, loadEvalSet as load, STORE_LANGUAGES } from './eval-set.ts';
import { measureLlmEngine } from './llm-overhead.ts';
import { percentiles } from './percentiles.ts';

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    /** JSON Lines from GET /api/v1/assist/corrections: agents' corrected intent tags, measured as a third set. */
    corrections: { type: 'string' },
  },
});

const engine = new OfflineEngine();
const started = performance.now();
engine.analyzeSync({ text: 'warm up' }); // trains the model outside the timed loops
const trainingMs = performance.now() - started;
const ratio = (n: number, d: number) => Math.round((1000 * n) / d) / 1000;
// A share of nothing (no product_safety rows among agents' corrections) is not 0% or NaN%: it is not applicable.
const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : 'n/a');

function timePerMessage(rows: readonly EvalRow[], fn: (text: string) => unknown): number {
  const rounds = 10;
  const start = performance.now();
  for (let i = 0; i < rounds; i++) for (const row of rows) fn(row.text);
  return Math.round(((performance.now() - start) * 1000 * 10) / (rounds * rows.length)) / 10;
}

/** Each message timed on its own, so the tail shows: long messages and rare paths hide in a mean. */
function timeEachMessage(rows: readonly EvalRow[], fn: (text: string, index: number) => unknown) {
  const rounds = 5;
  for (const [index, row] of rows.entries()) fn(row.text, index); // warm-up: JIT and caches, outside the samples
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const [index, row] of rows.entries()) {
      const start = performance.now();
      fn(row.text, index);
      samples.push((performance.now() - start) * 1000);
    }
  }
  return { rounds, ...percentiles(samples, 1) };
}

/** Share of rows per key whose prediction was right, keys sorted. */
function accuracyBy(rows: readonly EvalRow[], key: (row: EvalRow) => string, hit: (row: EvalRow) => boolean) {
  const hits: Record<string, number> = {};
  const totals: Record<string, number> = {};
  for (const row of rows) {
    totals[key(row)] = (totals[key(row)] ?? 0) + 1;
    if (hit(row)) hits[key(row)] = (hits[key(row)] ?? 0) + 1;
  }
  return Object.fromEntries(
    Object.keys(totals)
      .sort()
      .map((k) => [k, ratio(hits[k] ?? 0, totals[k]!)]),
  );
}

function measure(rows: readonly EvalRow[]) {
  let intentHits = 0;
  let safety = 0;
  let safetyHits = 0;
  const perLanguage: Record<string, number> = {};
  const perLanguageN: Record<string, number> = {};
  const predicted = new Map<EvalRow, string>();
  for (const row of rows) {
    const { intent } = engine.analyzeSync({ text: row.text });
    predicted.set(row, intent);
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
    languageWithHistory: ratio(
      rows.filter((r, i) => detectLanguage(r.text, { history: earlierMessages(rows, i) }).language === r.lang)
        .length,
      rows.length,
    ),
    languageWithMarkets: ratio(
      rows.filter(
        (r) => detectLanguage(r.text, { markets: STORE_LANGUAGES[r.lang] ?? [] }).language === r.lang,
      ).length,
      rows.length,
    ),
    intentAccuracyByLanguage: Object.fromEntries(
      Object.keys(perLanguageN)
        .sort()
        .map((lang) => [lang, ratio(perLanguage[lang] ?? 0, perLanguageN[lang]!)]),
    ),
    intentAccuracyByIntent: accuracyBy(
      rows,
      (row) => row.intent,
      (row) => predicted.get(row) === row.intent,
    ),
  };
}

const sets: Record<string, ReturnType<typeof measure>> = {
  dev: measure(load('intents.dev.jsonl')),
  test: measure(load('intents.test.jsonl')),
};
if (args.corrections) {
  const corrected = readFileSync(args.corrections, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as EvalRow);
  if (corrected.length > 0) sets['agent corrections'] = measure(corrected);
}
const test = load('intents.test.jsonl');
const detectors = compareDetectors(test, await loadDetectors());
const analyzeEach = timeEachMessage(test, (text) => engine.analyzeSync({ text }));
// As the relay calls it for a widget message: with the buyer's earlier messages and the store's languages.
const testHistory = test.map((_, i) => earlierMessages(test, i));
const analyzeInContext = timeEachMessage(test, (text, i) =>
  engine.analyzeSync({ text, history: testHistory[i]!, markets: STORE_LANGUAGES[test[i]!.lang] ?? [] }),
);
const speed = {
  trainingMs: Math.round(trainingMs),
  // The same timings as the detector comparison below, so the two never disagree within one run.
  detectMicros: detectors['parley (fused)']!.micros,
  tinyldMicros: detectors.tinyld!.micros,
  analyzeMicros: timePerMessage(test, (text) => engine.analyzeSync({ text })),
  analyzeP50Micros: analyzeEach.p50,
  analyzeP99Micros: analyzeEach.p99,
  analyzeTimedRounds: analyzeEach.rounds,
  analyzeInContextP50Micros: analyzeInContext.p50,
  analyzeInContextP99Micros: analyzeInContext.p99,
};
const LLM_SEQUENTIAL_CALLS = 500;
const llm = await measureLlmEngine(test.slice(0, LLM_SEQUENTIAL_CALLS).map((row) => row.text));

if (args.json) {
  process.stdout.write(`${JSON.stringify({ ...sets, speed, detectors, llm })}\n`);
} else {
  for (const [name, s] of Object.entries(sets)) {
    console.log(`${name} set: ${s.messages} held-out messages in ${s.languages} languages`);
    console.log(`  intent accuracy            ${pct(s.intentAccuracy)}`);
    console.log(`  product_safety recall      ${pct(s.productSafetyRecall)} (${s.productSafety})`);
    console.log(
      `  language, text only        ${pct(s.languageTextOnly)} (tinyld alone ${pct(s.languageTinyldAlone)})`,
    );
    console.log(`  language, with locale hint ${pct(s.languageWithLocale)}`);
    console.log(`  language, with the buyer's 2 earlier messages ${pct(s.languageWithHistory)}`);
    console.log(`  language, with the store's languages ${pct(s.languageWithMarkets)}`);
    console.log(
      `  intent accuracy by language ${Object.entries(s.intentAccuracyByLanguage)
        .map(([lang, a]) => `${lang} ${pct(a)}`)
        .join(', ')}`,
    );
    console.log(
      `  intent accuracy by intent   ${Object.entries(s.intentAccuracyByIntent)
        .map(([intent, a]) => `${intent} ${pct(a)}`)
        .join(', ')}`,
    );
  }
  console.log(`speed (test set)`);
  console.log(`  model training at startup  ${speed.trainingMs} ms`);
  console.log(
    `  detect per message         ${speed.detectMicros} µs (tinyld alone ${speed.tinyldMicros} µs, ratio ${(speed.detectMicros / speed.tinyldMicros).toFixed(2)})`,
  );
  console.log(`  full analysis per message  ${speed.analyzeMicros} µs`);
  console.log(
    `  full analysis p50 / p99    ${speed.analyzeP50Micros} / ${speed.analyzeP99Micros} µs (each message timed alone, ${speed.analyzeTimedRounds} rounds)`,
  );
  console.log(
    `  with history and markets   ${speed.analyzeInContextP50Micros} / ${speed.analyzeInContextP99Micros} µs (p50 / p99, as the relay runs it)`,
  );
  printDetectors(test.length);
  printLlm();
}

function printDetectors(messages: number) {
  console.log(`language detectors (test set, text only, ${messages} messages, same run)`);
  for (const [name, d] of Object.entries(detectors)) {
    const ratioNote = name === 'parley (fused)' ? '' : `, parley/this time ratio ${d.timeRatio.toFixed(2)}`;
    const missNote = d.cannotDetect.length
      ? `; cannot detect ${d.cannotDetect.join(', ')} (counted as misses)`
      : '';
    console.log(`  ${name.padEnd(15)} ${pct(d.accuracy).padStart(6)}  ${d.micros} µs${ratioNote}${missNote}`);
  }
}

function printLlm() {
  const ms = (p: { p50: number; p99: number }, digits = 3) =>
    `${p.p50.toFixed(digits)} / ${p.p99.toFixed(digits)} ms`;
  console.log(
    `LLM engine vs local OpenAI-compatible test server (${llm.sequentialCalls} sequential calls each, p50 / p99)`,
  );
  console.log(`  engine.analyze             ${ms(llm.analyzeMs)} (${llm.fallbacks} offline fallbacks)`);
  console.log(`  plain fetch, same request  ${ms(llm.plainFetchMs)}`);
  console.log(`  engine overhead            ${ms(llm.overheadMs)}`);
  console.log(
    `  cached translate           ${ms(llm.cachedTranslateMs, 4)} (${llm.cacheHits}/${llm.cacheRepetitions} cache hits)`,
  );
  console.log(
    `  upstream calls for ${llm.concurrentRequests} identical concurrent requests: translate ${llm.upstreamCallsTranslate}, analyze ${llm.upstreamCallsAnalyze}`,
  );
}
