// The assist API as the overlay sees it: one port, implemented over HTTP (in the background worker, which holds
// the token) and over runtime messaging (in content scripts, which never see the token).
import type { AgentPersona, Analysis, ComposeResult, SuggestResult } from '@parley/shared';

export interface AnalyzeInput {
  text: string;
  locale?: string;
  /** The buyer's earlier messages, oldest first, so short follow-ups keep their language. */
  history?: string[];
}

export interface TranslateInput {
  text: string;
  to: string;
  from?: string;
}

export interface Translation {
  text: string;
  from: string;
  to: string;
}

export interface SuggestInput {
  text: string;
  history?: string[];
  agentLanguage?: string;
  /** How the agent presents (from the extension's options), over the persona stored on the relay. */
  persona?: AgentPersona;
}

export interface ComposeInput {
  /** The agent's draft, in their own language. */
  text: string;
  /** The language the buyer reads, as the panel's latest suggestions answered it ("th", "zh-Hant"). */
  buyerLanguage: string;
  agentLanguage?: string;
  /** How the agent presents (from the extension's options), over the persona stored on the relay. */
  persona?: AgentPersona;
}

export interface AssistClient {
  analyze(input: AnalyzeInput): Promise<Analysis>;
  /** Rejects with code `unavailable` when the relay has no translation engine (offline). */
  translate(input: TranslateInput): Promise<Translation>;
  suggest(input: SuggestInput): Promise<SuggestResult>;
  /** The agent's draft in the buyer's language, its back-translation and culture lint; nothing is sent. */
  compose(input: ComposeInput): Promise<ComposeResult>;
}

export type AssistOperation = keyof AssistClient;

/** `unavailable`: no engine; `not_configured`: no relay URL or token yet; `network`: the relay did not answer. */
export class AssistError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AssistError';
  }

  static fromUnknown(error: unknown): AssistError {
    if (error instanceof AssistError) return error;
    return new AssistError('network', error instanceof Error ? error.message : String(error));
  }
}
