// The OpenAI-compatible engine (OpenAI, Azure, DeepSeek, Qwen, Ollama, vLLM…): structured outputs validated in
// code, the offline engine as the safety net and fallback, a circuit breaker, single-flight and a translation cache.
import {
  ALWAYS_HIGH_URGENCY,
  type Analysis,
  isIntent,
  MAX_MESSAGE_LENGTH,
  type Sentiment,
  UNDETERMINED_LANGUAGE,
  URGENCY_LEVELS,
} from '@parley/shared';
import type OpenAI from 'openai';
import { z } from 'zod';
import { CircuitBreaker } from '../circuit-breaker.ts';
import type {
  AdaptDraftInput,
  AnalyzeInput,
  LanguageEngine,
  TranslateInput,
  Translation,
  WriteRepliesInput,
  WrittenReply,
} from '../engine.ts';
import type { OfflineEngine } from '../offline/index.ts';
import { fillSpans, protectSpans, restoreSpans } from '../placeholders.ts';
import { SingleFlight } from '../single-flight.ts';
import { MemoryTranslationStore, type TranslationStore, translationCacheKey } from '../translation-cache.ts';
import {
  ADAPT_SCHEMA,
  ADAPT_SYSTEM_PROMPT,
  ANALYSIS_SCHEMA,
  ANALYSIS_SYSTEM_PROMPT,
  REPLIES_SCHEMA,
  REPLIES_SYSTEM_PROMPT,
  SENTIMENTS,
  TRANSLATION_SCHEMA,
  translationSystemPrompt,
} from './prompts.ts';

export type LlmOperation = 'analyze' | 'translate' | 'suggest' | 'compose';

export interface TokenUsage {
  model: string;
  operation: LlmOperation;
  promptTokens: number;
  completionTokens: number;
}

export interface OpenAIEngineOptions {
  client: OpenAI;
  model: string;
  /** Answers when the provider fails or the circuit is open, and guards product_safety either way. */
  offline: OfflineEngine;
  breaker?: CircuitBreaker;
  translations?: TranslationStore;
  onUsage?: (usage: TokenUsage) => void;
  /** Called when the provider failed and the offline engine answered, for logs and metrics. */
  onFallback?: (operation: LlmOperation, error: unknown) => void;
}

const llmAnalysisSchema = z.object({
  language: z.string(),
  script: z.string().nullable().optional(),
  intent: z.string(),
  urgency: z.string(),
  sentiment: z.string().optional(),
  confidence: z.number().optional(),
});

const llmTranslationSchema = z.object({ translation: z.string() });

/** Bounded like agent messages: a runaway or hostile answer cannot hand the agent a novel. */
const replyText = z.string().trim().min(1).max(MAX_MESSAGE_LENGTH);
const llmRepliesSchema = z.object({
  replies: z.array(z.object({ text: replyText, back_translation: replyText })).min(1),
});
const llmAdaptSchema = z.object({ text: replyText, back_translation: replyText });
/** Bidirectional overrides and zero-width characters have no place in a reply and can hide text from the agent. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

const LANGUAGE_CODE = /^[a-z]{2,3}$/;

export class OpenAIEngine implements LanguageEngine {
  readonly name = 'openai';
  readonly translates = true;
  readonly #options: OpenAIEngineOptions;
  readonly #breaker: CircuitBreaker;
  readonly #translations: TranslationStore;
  readonly #analyses = new SingleFlight<Analysis>();
  readonly #translating = new SingleFlight<Translation | null>();

  constructor(options: OpenAIEngineOptions) {
    this.#options = options;
    this.#breaker = options.breaker ?? new CircuitBreaker({ failureThreshold: 5, resetAfterMs: 30_000 });
    this.#translations = options.translations ?? new MemoryTranslationStore();
  }

  warmUp(): void {
    // The offline engine guards product_safety and answers when the provider fails: it must be ready too.
    this.#options.offline.warmUp();
  }

  get circuitState() {
    return this.#breaker.state;
  }

  analyze(input: AnalyzeInput): Promise<Analysis> {
    const key = JSON.stringify([input.text, input.locale ?? '', input.history ?? [], input.markets ?? []]);
    return this.#analyses.run(key, () => this.#analyze(input));
  }

  async #analyze(input: AnalyzeInput): Promise<Analysis> {
    const offline = this.#options.offline.analyzeSync(input);
    let answer: z.infer<typeof llmAnalysisSchema>;
    try {
      answer = await this.#breaker.run(() =>
        this.#complete('analyze', ANALYSIS_SYSTEM_PROMPT, 'analysis', ANALYSIS_SCHEMA, {
          locale_hint: input.locale ?? null,
          earlier_messages: input.history ?? [],
          store_languages: input.markets ?? [],
          buyer_message: input.text,
        }).then((json) => llmAnalysisSchema.parse(json)),
      );
    } catch (error) {
      this.#options.onFallback?.('analyze', error);
      return { ...offline, degraded: true };
    }
    // Repair rather than discard: a field the model got wrong is replaced by the offline engine's value.
    const language = LANGUAGE_CODE.test(answer.language) ? answer.language : offline.language;
    let intent = isIntent(answer.intent) ? answer.intent : offline.intent;
    // The offline harm lexicon never lets a model talk a safety report down to a shipping question.
    if (offline.intent === 'product_safety') intent = 'product_safety';
    const urgency = ALWAYS_HIGH_URGENCY.has(intent)
      ? 'high'
      : (URGENCY_LEVELS as readonly string[]).includes(answer.urgency)
        ? (answer.urgency as Analysis['urgency'])
        : offline.urgency;
    const script = answer.script === 'Hans' || answer.script === 'Hant' ? answer.script : offline.script;
    const analysis: Analysis = {
      language: language === UNDETERMINED_LANGUAGE ? offline.language : language,
      intent,
      urgency,
      confidence: Math.min(1, Math.max(0, answer.confidence ?? offline.confidence)),
      degraded: false,
      sentiment: (SENTIMENTS as readonly string[]).includes(answer.sentiment ?? '')
        ? (answer.sentiment as Sentiment)
        : offline.sentiment,
      // Entities come from deterministic patterns: a model must not invent an order number.
      ...(offline.entities ? { entities: offline.entities } : {}),
    };
    if (script && analysis.language === 'zh') analysis.script = script;
    if (offline.region && offline.language === analysis.language) analysis.region = offline.region;
    return analysis;
  }

  async translate(input: TranslateInput): Promise<Translation | null> {
    const from = input.from ?? UNDETERMINED_LANGUAGE;
    if (from === input.to) return { text: input.text, from, to: input.to, cached: false };
    const key = translationCacheKey({
      model: this.#options.model,
      from,
      to: input.to,
      glossaryVersion: input.glossaryVersion ?? 0,
      text: input.text,
    });
    const hit = await this.#translations.get(key);
    if (hit !== undefined) return { text: hit, from, to: input.to, cached: true };
    return this.#translating.run(key, async () => {
      const { text, spans } = protectSpans(input.text, input.glossaryTerms);
      try {
        const answer = await this.#breaker.run(() =>
          this.#complete(
            'translate',
            translationSystemPrompt(from, input.to),
            'translation',
            TRANSLATION_SCHEMA,
            {
              text,
            },
          ).then((json) => llmTranslationSchema.parse(json)),
        );
        const restored = restoreSpans(answer.translation, spans);
        if (restored === null) throw new Error('The translation lost or altered a protected span.');
        await this.#translations.set(key, restored, input.text);
        return { text: restored, from, to: input.to, cached: false };
      } catch (error) {
        this.#options.onFallback?.('translate', error);
        return null;
      }
    });
  }

  async writeReplies(input: WriteRepliesInput): Promise<WrittenReply[] | null> {
    try {
      const answer = await this.#breaker.run(() =>
        this.#complete('suggest', REPLIES_SYSTEM_PROMPT, 'replies', REPLIES_SCHEMA, {
          market: input.market ?? null,
          reply_language: input.buyerLanguage,
          agent_language: input.agentLanguage,
          intent: input.intent,
          knowledge: input.knowledge,
          examples: input.examples,
          earlier_messages: input.history,
          buyer_message: input.message,
        }).then((json) => llmRepliesSchema.parse(json)),
      );
      return answer.replies.slice(0, 3).map((reply) => ({
        text: reply.text.replace(INVISIBLE, ''),
        backTranslation: reply.back_translation.replace(INVISIBLE, ''),
      }));
    } catch (error) {
      this.#options.onFallback?.('suggest', error);
      return null;
    }
  }

  async adaptDraft(input: AdaptDraftInput): Promise<WrittenReply | null> {
    const { text, spans } = protectSpans(input.draft, input.glossaryTerms);
    try {
      const answer = await this.#breaker.run(() =>
        this.#complete('compose', ADAPT_SYSTEM_PROMPT, 'adapted_reply', ADAPT_SCHEMA, {
          market: input.market ?? null,
          reply_language: input.to,
          agent_language: input.from,
          draft: text,
        }).then((json) => llmAdaptSchema.parse(json)),
      );
      const restored = restoreSpans(answer.text.replace(INVISIBLE, ''), spans);
      if (restored === null) throw new Error('The adapted draft lost or altered a protected span.');
      // The back-translation may paraphrase the placeholders; put back what it kept, show the rest as written.
      return {
        text: restored,
        backTranslation: fillSpans(answer.back_translation.replace(INVISIBLE, ''), spans),
      };
    } catch (error) {
      this.#options.onFallback?.('compose', error);
      return null;
    }
  }

  async #complete(
    operation: LlmOperation,
    system: string,
    schemaName: string,
    schema: object,
    data: Record<string, unknown>,
  ): Promise<unknown> {
    const response = await this.#options.client.chat.completions.create({
      model: this.#options.model,
      temperature: 0,
      messages: [
        { role: 'system', content: system },
        { role: 'user', content: JSON.stringify(data) },
      ],
      response_format: {
        type: 'json_schema',
        json_schema: { name: schemaName, strict: true, schema: { ...schema } },
      },
    });
    if (response.usage) {
      this.#options.onUsage?.({
        model: this.#options.model,
        operation,
        promptTokens: response.usage.prompt_tokens,
        completionTokens: response.usage.completion_tokens,
      });
    }
    const content = response.choices[0]?.message?.content;
    if (!content) throw new Error('The model returned no content.');
    return JSON.parse(content);
  }
}
