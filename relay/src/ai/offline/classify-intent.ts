// classifyIntent: the offline intent decision — the trained model, the safety override, and conversation context.
import type { Intent, Urgency } from '@parley/shared';
import { IntentModel } from './intent-model.ts';
import { mentionsProductHarm } from './safety-lexicon.ts';
import { textForms } from './text-features.ts';
import { trainingSet } from './training-data.ts';

export interface IntentResult {
  intent: Intent;
  urgency: Urgency;
  confidence: number;
}

export interface ClassifyOptions {
  /** Earlier visitor messages, oldest first. */
  history?: readonly string[];
}

/** Below this the message alone is too vague ("still nothing?") and the previous message decides. */
const FOLLOW_UP_CONFIDENCE = 0.45;

/** A uniform distribution over the 16 intents, plus rounding slack. */
const NO_EVIDENCE = 1 / 16 + 1e-9;

const URGENT_CUES =
  /\b(urgent|asap|emergency|immediately|segera|gấp|gap lam|dringend|sofort|urgente|urgence|срочно|acil|pilne|dringend)\b|ด่วน|急|至急|긴급|급해|عاجل|!!!/iu;

const LOW_URGENCY: ReadonlySet<Intent> = new Set(['greeting_thanks', 'other']);

let defaultModel: IntentModel | undefined;
/** The model trained on the shipped set, built on first use (about a second). */
export function defaultIntentModel(): IntentModel {
  defaultModel ??= new IntentModel(trainingSet());
  return defaultModel;
}

export function classifyIntent(
  text: string,
  options: ClassifyOptions = {},
  model: IntentModel = defaultIntentModel(),
): IntentResult {
  const { normalized, plain } = textForms(text);
  if (mentionsProductHarm(normalized, plain)) {
    const modelSays = model.score(text).find((s) => s.intent === 'product_safety')?.probability ?? 0;
    return { intent: 'product_safety', urgency: 'high', confidence: Math.max(modelSays, 0.9) };
  }
  let [best] = model.score(text);
  const previous = options.history?.at(-1);
  if (best && best.probability < FOLLOW_UP_CONFIDENCE && previous) {
    // A vague follow-up ("what should I do?") after a harm report is still about that harm.
    const earlier = textForms(previous);
    if (mentionsProductHarm(earlier.normalized, earlier.plain)) {
      return { intent: 'product_safety', urgency: 'high', confidence: 0.9 };
    }
    // Otherwise a short follow-up inherits meaning from what the buyer said just before.
    const [withContext] = model.score(`${previous} ${text}`);
    if (withContext && withContext.probability > best.probability) best = withContext;
  }
  // With no known feature at all (emoji only, an unseen script) the model is guessing; say so instead.
  const evidence = best !== undefined && best.probability > NO_EVIDENCE ? best : undefined;
  const intent = evidence?.intent ?? 'other';
  const urgency: Urgency = URGENT_CUES.test(normalized) ? 'high' : LOW_URGENCY.has(intent) ? 'low' : 'normal';
  return { intent, urgency, confidence: evidence ? round(evidence.probability) : 0 };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
