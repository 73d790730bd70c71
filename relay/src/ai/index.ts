// Chooses the language engine from configuration: offline by default (needs nothing), or any OpenAI-compatible
// endpoint when OPENAI_API_KEY or OPENAI_BASE_URL is set.
import OpenAI from 'openai';
import type { LanguageEngine } from './engine.ts';
import { OfflineEngine } from './offline/index.ts';
import { OpenAIEngine, type OpenAIEngineOptions } from './openai/engine.ts';
import type { TranslationStore } from './translation-cache.ts';

export type { AnalyzeInput, LanguageEngine, TranslateInput, Translation } from './engine.ts';
export { OfflineEngine } from './offline/index.ts';
export { OpenAIEngine, type TokenUsage } from './openai/engine.ts';

export const DEFAULT_MODEL = 'gpt-4o-mini';

export interface EngineHooks {
  translations?: TranslationStore;
  onUsage?: OpenAIEngineOptions['onUsage'];
  onFallback?: OpenAIEngineOptions['onFallback'];
}

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`${name} must be a whole number, not "${value}".`);
  return parsed;
}

export function createLanguageEngine(
  env: NodeJS.ProcessEnv = process.env,
  hooks: EngineHooks = {},
): LanguageEngine {
  const offline = new OfflineEngine();
  const apiKey = env.OPENAI_API_KEY?.trim();
  const baseURL = env.OPENAI_BASE_URL?.trim();
  if (!apiKey && !baseURL) return offline;
  const client = new OpenAI({
    // Local servers (Ollama, vLLM) need no key, but the client insists on one.
    apiKey: apiKey || 'not-needed',
    ...(baseURL ? { baseURL } : {}),
    timeout: positiveInt(env.PARLEY_LLM_TIMEOUT_MS, 15_000, 'PARLEY_LLM_TIMEOUT_MS'),
    // The client retries 408/409/429/5xx and connection errors with exponential backoff and jitter.
    maxRetries: positiveInt(env.PARLEY_LLM_MAX_RETRIES, 2, 'PARLEY_LLM_MAX_RETRIES'),
  });
  return new OpenAIEngine({
    client,
    model: env.PARLEY_MODEL?.trim() || DEFAULT_MODEL,
    offline,
    ...hooks,
  });
}
