// The LanguageEngine contract: every engine (offline, OpenAI-compatible) turns buyer text into an Analysis.
import type { Analysis } from '@parley/shared';

export interface AnalyzeInput {
  /** The buyer's message, untrusted. */
  text: string;
  /** Browser locale hint such as `navigator.language` ("th-TH"). */
  locale?: string;
  /** Earlier visitor messages of the same conversation, oldest first, for short follow-ups ("still nothing?"). */
  history?: readonly string[];
}

export interface LanguageEngine {
  /** "offline" or "openai"; shown in logs and /healthz. */
  readonly name: string;
  analyze(input: AnalyzeInput): Promise<Analysis>;
}
