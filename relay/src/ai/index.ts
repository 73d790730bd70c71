// Chooses the language engine from configuration. Offline is the embedded default and needs nothing.
import type { LanguageEngine } from './engine.ts';
import { OfflineEngine } from './offline/index.ts';

export type { AnalyzeInput, LanguageEngine } from './engine.ts';
export { OfflineEngine } from './offline/index.ts';

export function createLanguageEngine(_env: NodeJS.ProcessEnv = process.env): LanguageEngine {
  // The OpenAI-compatible engine (OPENAI_API_KEY / OPENAI_BASE_URL / PARLEY_MODEL) plugs in here; until it
  // exists the relay runs the offline engine whatever is configured, and says so at startup.
  return new OfflineEngine();
}
