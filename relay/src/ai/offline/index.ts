// The offline engine: language detection plus Parley's own intent classifier, no network, no model download.
import { ALWAYS_HIGH_URGENCY, type Analysis } from '@parley/shared';
import type { AnalyzeInput, LanguageEngine, Translation } from '../engine.ts';
import { extractEntities } from '../entities.ts';
import { scoreSentiment } from '../sentiment.ts';
import { classifyIntent } from './classify-intent.ts';
import { detectLanguage } from './detect-language.ts';

export class OfflineEngine implements LanguageEngine {
  readonly name = 'offline';

  async analyze(input: AnalyzeInput): Promise<Analysis> {
    return this.analyzeSync(input);
  }

  warmUp(): void {
    this.analyzeSync({ text: 'warm-up' });
  }

  /** Free-text machine translation needs a model; offline it is unavailable, and callers say so. */
  async translate(): Promise<Translation | null> {
    return null;
  }

  /** Synchronous core, so the analyze CLI and benchmarks avoid a promise per message. */
  analyzeSync(input: AnalyzeInput): Analysis {
    const detected = detectLanguage(input.text, {
      locale: input.locale,
      ...(input.history ? { history: input.history } : {}),
      ...(input.markets ? { markets: input.markets } : {}),
    });
    const intent = classifyIntent(input.text, { history: input.history });
    const urgency = ALWAYS_HIGH_URGENCY.has(intent.intent) ? 'high' : intent.urgency;
    return {
      language: detected.language,
      ...(detected.script ? { script: detected.script } : {}),
      ...(detected.region ? { region: detected.region } : {}),
      intent: intent.intent,
      urgency,
      confidence: intent.confidence,
      degraded: false,
      sentiment: scoreSentiment(input.text, intent.intent),
      entities: extractEntities(input.text, input.glossaryTerms),
    };
  }
}
