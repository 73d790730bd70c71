// `pnpm bench:replies`: suggested replies and culture lint, measured. Prints figures only; targets live in the
// issue notes, never in timed unit tests.
//   - suggestion latency per buyer message (held-out test set), offline and through the local OpenAI-compatible
//     test server, which answers at once, so what is timed is Parley's side;
//   - reply-library coverage, scenario × language;
//   - lint precision and recall on a labelled set of good and bad drafts (relay/src/assist/data/lint-drafts.jsonl).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  type AgentPersona,
  type Analysis,
  type CommitmentKind,
  marketForLanguage,
  REPLY_LANGUAGES,
  REPLY_SCENARIOS,
  templateCoverage,
} from '@parley/shared';
import { startOpenAITestServer, testServerEnv } from '../../test/openai-test-server.ts';
import type { LanguageEngine } from '../ai/engine.ts';
import { createLanguageEngine } from '../ai/index.ts';
import { OfflineEngine } from '../ai/offline/index.ts';
import { lintReply } from '../assist/culture-lint.ts';
import { NO_KNOWLEDGE } from '../assist/knowledge-source.ts';
import { SuggestionService } from '../assist/suggest.ts';
import { loadEvalSet } from './eval-set.ts';
import { type Percentiles, percentiles } from './percentiles.ts';

const { values: args } = parseArgs({ options: { json: { type: 'boolean', default: false } } });

const MESSAGES = 500;
const messages = loadEvalSet('intents.test.jsonl').slice(0, MESSAGES);
const offline = new OfflineEngine();
offline.warmUp();
const analyses = messages.map((row) => offline.analyzeSync({ text: row.text, locale: row.lang }));

async function suggestionLatency(engine: LanguageEngine): Promise<Percentiles & { degraded: number }> {
  const service = new SuggestionService(engine, NO_KNOWLEDGE);
  const run = (text: string, analysis: Analysis) =>
    service.suggest({ siteId: 'bench', text, analysis, agentLanguage: 'en', persona: { gender: 'female' } });
  for (let i = 0; i < 20; i++) await run(messages[i]!.text, analyses[i]!); // warm-up, not timed
  const samples: number[] = [];
  let degraded = 0;
  for (const [i, row] of messages.entries()) {
    const start = performance.now();
    const result = await run(row.text, analyses[i]!);
    samples.push(performance.now() - start);
    if (result.degraded) degraded++;
  }
  return { ...percentiles(samples, 3), degraded };
}

interface LabelledDraft {
  text: string;
  buyerLanguage: string;
  market?: string;
  agentLanguage?: string;
  persona?: AgentPersona;
  allowed?: CommitmentKind[];
  expected: string[];
}

function lintQuality() {
  const drafts = readFileSync(new URL('../assist/data/lint-drafts.jsonl', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as LabelledDraft);
  let raised = 0;
  let correct = 0;
  let expected = 0;
  const falsePositives: string[] = [];
  const missed: string[] = [];
  for (const draft of drafts) {
    const warnings = lintReply({
      text: draft.text,
      buyerLanguage: draft.buyerLanguage,
      market: marketForLanguage(draft.buyerLanguage, draft.market),
      agentLanguage: draft.agentLanguage ?? 'en',
      ...(draft.persona ? { persona: draft.persona } : {}),
      ...(draft.allowed ? { allowedCommitments: new Set(draft.allowed) } : {}),
    }).map((warning) => warning.ruleId);
    raised += warnings.length;
    expected += draft.expected.length;
    for (const id of warnings) {
      if (draft.expected.includes(id)) correct++;
      else falsePositives.push(`${id} on "${draft.text}"`);
    }
    for (const id of draft.expected) if (!warnings.includes(id)) missed.push(`${id} on "${draft.text}"`);
  }
  return {
    drafts: drafts.length,
    clean: drafts.filter((d) => d.expected.length === 0).length,
    precision: raised ? correct / raised : 1,
    recall: expected ? correct / expected : 1,
    falsePositives,
    missed,
  };
}

const server = await startOpenAITestServer();
let figures: Record<string, unknown>;
try {
  const llm = createLanguageEngine(testServerEnv(server));
  figures = {
    messages: messages.length,
    offlineMs: await suggestionLatency(offline),
    llmTestServerMs: await suggestionLatency(llm),
    coverage: templateCoverage(),
    lint: lintQuality(),
  };
} finally {
  await server.close();
}

if (args.json) {
  process.stdout.write(`${JSON.stringify(figures)}\n`);
} else {
  const { offlineMs, llmTestServerMs, coverage, lint } = figures as {
    offlineMs: Percentiles & { degraded: number };
    llmTestServerMs: Percentiles & { degraded: number };
    coverage: ReturnType<typeof templateCoverage>;
    lint: ReturnType<typeof lintQuality>;
  };
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(`suggestion latency, ${MESSAGES} held-out buyer messages, 3 suggestions each (p50 / p99)`);
  console.log(`  offline (library + knowledge base)   ${offlineMs.p50} / ${offlineMs.p99} ms`);
  console.log(
    `  LLM via local test server            ${llmTestServerMs.p50} / ${llmTestServerMs.p99} ms (${llmTestServerMs.degraded} fell back offline)`,
  );
  console.log(
    `reply library coverage (scenario × language, ${REPLY_SCENARIOS.length} × ${REPLY_LANGUAGES.length})`,
  );
  console.log(`  ${''.padEnd(28)}${REPLY_LANGUAGES.map((l) => l.padStart(8)).join('')}`);
  for (const scenario of REPLY_SCENARIOS) {
    const row = REPLY_LANGUAGES.map((language) =>
      `${coverage.matrix[scenario][language]}/${coverage.templates[scenario]}`.padStart(8),
    );
    console.log(`  ${scenario.padEnd(28)}${row.join('')}`);
  }
  console.log(
    `  ${coverage.total} templates; written in every language: ${coverage.completeLanguages.length} of ${REPLY_LANGUAGES.length}`,
  );
  console.log(`culture lint on ${lint.drafts} labelled drafts (${lint.clean} clean)`);
  console.log(`  precision ${pct(lint.precision)}, recall ${pct(lint.recall)}`);
  for (const line of lint.falsePositives) console.log(`  false positive: ${line}`);
  for (const line of lint.missed) console.log(`  missed: ${line}`);
}
