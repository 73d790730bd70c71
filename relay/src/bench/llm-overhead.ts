// The LLM engine against the project's local OpenAI-compatible test server: what the engine adds to each
// provider round trip, how fast a cached translation answers, and how many upstream calls a burst of
// identical requests costs. The server answers at once, so what is measured is our side, not a model.
import { performance } from 'node:perf_hooks';
import { type OpenAITestServer, startOpenAITestServer } from '../../test/openai-test-server.ts';
import { createLanguageEngine, OpenAIEngine } from '../ai/index.ts';
import { ANALYSIS_SCHEMA, ANALYSIS_SYSTEM_PROMPT } from '../ai/openai/prompts.ts';
import { type Percentiles, percentiles } from './percentiles.ts';

export interface LlmFigures {
  sequentialCalls: number;
  analyzeMs: Percentiles;
  plainFetchMs: Percentiles;
  /** analyzeMs minus plainFetchMs, percentile by percentile. */
  overheadMs: Percentiles;
  /** Calls the offline engine answered because the provider call failed: non-zero makes the figures moot. */
  fallbacks: number;
  cachedTranslateMs: Percentiles;
  cacheRepetitions: number;
  cacheHits: number;
  concurrentRequests: number;
  upstreamCallsTranslate: number;
  upstreamCallsAnalyze: number;
}

const WARM_UP_CALLS = 20;
const CACHE_REPETITIONS = 2000;
const CONCURRENT_REQUESTS = 100;

function llmEngine(server: OpenAITestServer, onFallback: () => void): OpenAIEngine {
  const engine = createLanguageEngine(
    {
      OPENAI_BASE_URL: server.baseURL,
      OPENAI_API_KEY: 'bench-key',
      PARLEY_MODEL: 'bench-model',
      // A retry would hide a failed call inside a slow one.
      PARLEY_LLM_MAX_RETRIES: '0',
    },
    { onFallback },
  );
  if (!(engine instanceof OpenAIEngine)) throw new Error('expected the OpenAI-compatible engine');
  return engine;
}

/** The chat-completions request the engine sends for an analysis, posted without the engine or the SDK. */
async function postAnalysisDirectly(baseURL: string, text: string): Promise<unknown> {
  const response = await fetch(`${baseURL}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer bench-key' },
    body: JSON.stringify({
      model: 'bench-model',
      temperature: 0,
      messages: [
        { role: 'system', content: ANALYSIS_SYSTEM_PROMPT },
        {
          role: 'user',
          content: JSON.stringify({ locale_hint: null, earlier_messages: [], buyer_message: text }),
        },
      ],
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'analysis', strict: true, schema: ANALYSIS_SCHEMA },
      },
    }),
  });
  // Reading and parsing the answer is part of any client's round trip, so the baseline does it too.
  const completion = (await response.json()) as { choices: { message: { content: string } }[] };
  return JSON.parse(completion.choices[0]?.message.content ?? '{}');
}

async function timed(call: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await call();
  return performance.now() - start;
}

async function measureOverhead(server: OpenAITestServer, texts: readonly string[], onFallback: () => void) {
  const engine = llmEngine(server, onFallback);
  for (let i = 0; i < WARM_UP_CALLS; i++) {
    await engine.analyze({ text: `warm-up message ${i}` });
    await postAnalysisDirectly(server.baseURL, `warm-up message ${i}`);
  }
  const analyze: number[] = [];
  const plainFetch: number[] = [];
  // Alternating call by call puts both series under the same machine load.
  for (const text of texts) {
    analyze.push(await timed(() => engine.analyze({ text })));
    plainFetch.push(await timed(() => postAnalysisDirectly(server.baseURL, text)));
  }
  const analyzeMs = percentiles(analyze, 3);
  const plainFetchMs = percentiles(plainFetch, 3);
  const difference = (a: number, b: number) => Math.round((a - b) * 1000) / 1000;
  return {
    analyzeMs,
    plainFetchMs,
    overheadMs: {
      p50: difference(analyzeMs.p50, plainFetchMs.p50),
      p99: difference(analyzeMs.p99, plainFetchMs.p99),
    },
  };
}

async function measureCacheHit(server: OpenAITestServer, onFallback: () => void) {
  const engine = llmEngine(server, onFallback);
  const request = { text: 'Wann kommt mein Paket an?', from: 'de', to: 'en' };
  await engine.translate(request); // fills the cache
  const samples: number[] = [];
  let hits = 0;
  for (let i = 0; i < CACHE_REPETITIONS; i++) {
    const start = performance.now();
    const translation = await engine.translate(request);
    samples.push(performance.now() - start);
    if (translation?.cached) hits++;
  }
  return { cachedTranslateMs: percentiles(samples, 4), cacheHits: hits };
}

/** Upstream requests for a burst of identical calls on a fresh engine, hence a fresh translation cache. */
async function countUpstreamCalls(server: OpenAITestServer, onFallback: () => void) {
  const engine = llmEngine(server, onFallback);
  const burst = async (call: () => Promise<unknown>) => {
    const before = server.requests.length;
    await Promise.all(Array.from({ length: CONCURRENT_REQUESTS }, call));
    return server.requests.length - before;
  };
  return {
    upstreamCallsTranslate: await burst(() =>
      engine.translate({ text: 'ขอบคุณมากค่ะ ได้รับของแล้ว', from: 'th', to: 'en' }),
    ),
    upstreamCallsAnalyze: await burst(() => engine.analyze({ text: 'où est ma commande ?' })),
  };
}

export async function measureLlmEngine(texts: readonly string[]): Promise<LlmFigures> {
  const server = await startOpenAITestServer();
  let fallbacks = 0;
  const onFallback = () => {
    fallbacks++;
  };
  try {
    const overhead = await measureOverhead(server, texts, onFallback);
    const cache = await measureCacheHit(server, onFallback);
    const upstream = await countUpstreamCalls(server, onFallback);
    return {
      sequentialCalls: texts.length,
      ...overhead,
      fallbacks,
      ...cache,
      cacheRepetitions: CACHE_REPETITIONS,
      concurrentRequests: CONCURRENT_REQUESTS,
      ...upstream,
    };
  } finally {
    await server.close();
  }
}
