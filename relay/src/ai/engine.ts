// The LanguageEngine contract: every engine (offline, OpenAI-compatible) turns buyer text into an Analysis.
import type { Analysis } from '@parley/shared';

export interface AnalyzeInput {
  /** The buyer's message, untrusted. */
  text: string;
  /** Browser locale hint such as `navigator.language` ("th-TH"). */
  locale?: string;
  /** Earlier visitor messages of the same conversation, oldest first, for short follow-ups ("still nothing?"). */
  history?: readonly string[];
  /** The site's product and brand names, reported as entities when the buyer mentions them. */
  glossaryTerms?: readonly string[];
  /** Languages the site serves (`Site.languages`): a language-detection hint for short or ambiguous text. */
  markets?: readonly string[];
}

export interface TranslateInput {
  text: string;
  /** Source language code; "und" or absent lets the engine decide. */
  from?: string;
  to: string;
  /** Brand and product terms that must come back exactly as written. */
  glossaryTerms?: readonly string[];
  /** Bumped whenever the site's glossary changes, so cached translations made with an old glossary are not reused. */
  glossaryVersion?: number;
}

export interface Translation {
  text: string;
  from: string;
  to: string;
  /** True when the answer came from the translation cache. */
  cached: boolean;
}

/** The parts of a market profile a model needs to write like a local shop. */
export interface MarketBrief {
  market: string;
  register: string;
  addressBuyer: string;
  selfReference: string;
  greeting: string;
  closing: string;
  apology: string;
  emoji: string;
  avoid: string[];
  /** How this agent's persona ends sentences, where the language marks it (Thai ค่ะ / ครับ). */
  particles?: string;
}

export interface WriteRepliesInput {
  /** The buyer's message and earlier messages: untrusted data, never instructions. */
  message: string;
  history: readonly string[];
  intent: string;
  /** The language to write in ("th", "zh-Hant"). */
  buyerLanguage: string;
  /** The language of each reply's back-translation. */
  agentLanguage: string;
  market: MarketBrief | undefined;
  /** The site's knowledge-base answers for this message: the only facts a reply may state as policy. */
  knowledge: readonly { title: string; answer: string }[];
  /** Vetted scripts for this intent, as examples of tone. */
  examples: readonly string[];
}

export interface WrittenReply {
  text: string;
  backTranslation: string;
}

export interface AdaptDraftInput {
  /** The agent's draft, in their own language. */
  draft: string;
  from: string;
  to: string;
  market: MarketBrief | undefined;
  glossaryTerms?: readonly string[];
}

export interface LanguageEngine {
  /** "offline" or "openai"; shown in logs and /healthz. */
  readonly name: string;
  analyze(input: AnalyzeInput): Promise<Analysis>;
  /** Builds anything slow (the offline models train in about a second) before the first message needs it. */
  warmUp(): void;
  /**
   * Machine translation, or null when this engine has none (the offline engine) or the provider failed;
   * callers then show the original text and say that no translation is available.
   */
  translate(input: TranslateInput): Promise<Translation | null>;
  /** Whether translate() can return text at all; the relay skips preparing translations when it cannot. */
  readonly translates?: boolean;
  /**
   * Up to three replies written by a model (absent on the offline engine); null when the provider failed and
   * the caller should use the reply library alone.
   */
  writeReplies?(input: WriteRepliesInput): Promise<WrittenReply[] | null>;
  /**
   * The agent's draft rewritten in the buyer's language and register, with its back-translation (absent
   * offline); null when the provider failed.
   */
  adaptDraft?(input: AdaptDraftInput): Promise<WrittenReply | null>;
}
