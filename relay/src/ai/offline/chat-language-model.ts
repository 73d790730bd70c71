// A character n-gram naive Bayes language model trained on Parley's own buyer messages. General-purpose
// detectors learn from books and the web; chat is short, slangy and unaccented ("kak", "shop oi", "po"), and on
// it this model is far more accurate for the languages it knows. It knows only those; tinyld covers the rest.
import { normalizeText } from './text-features.ts';

export interface LabelledLanguage {
  text: string;
  lang: string;
}

export interface LanguageScore {
  lang: string;
  probability: number;
}

const MAX_GRAM = 4;
const SMOOTHING = 0.5;

function grams(text: string): string[] {
  const padded = ` ${normalizeText(text)} `;
  const out: string[] = [];
  for (let n = 1; n <= MAX_GRAM; n++) {
    for (let i = 0; i + n <= padded.length; i++) out.push(padded.slice(i, i + n));
  }
  return out;
}

export class ChatLanguageModel {
  readonly languages: readonly string[];
  readonly #logLikelihood = new Map<string, Float64Array>();

  constructor(examples: readonly LabelledLanguage[]) {
    this.languages = [...new Set(examples.map((e) => e.lang))].sort();
    const index = new Map(this.languages.map((lang, i) => [lang, i]));
    const counts = new Map<string, Float64Array>();
    const totals = new Float64Array(this.languages.length);
    for (const example of examples) {
      const l = index.get(example.lang)!;
      for (const gram of grams(example.text)) {
        let row = counts.get(gram);
        if (!row) {
          row = new Float64Array(this.languages.length);
          counts.set(gram, row);
        }
        row[l]!++;
        totals[l]!++;
      }
    }
    const denominators = Array.from(totals, (t) => Math.log(t + SMOOTHING * counts.size));
    for (const [gram, row] of counts) {
      this.#logLikelihood.set(
        gram,
        Float64Array.from(row, (count, l) => Math.log(count + SMOOTHING) - denominators[l]!),
      );
    }
  }

  /** Languages ranked by probability; empty when the text has no n-gram the model has seen. */
  score(text: string): LanguageScore[] {
    const logits = new Float64Array(this.languages.length);
    let known = 0;
    for (const gram of grams(text)) {
      const row = this.#logLikelihood.get(gram);
      if (!row) continue;
      known++;
      for (let l = 0; l < logits.length; l++) logits[l]! += row[l]!;
    }
    if (known === 0) return [];
    const max = Math.max(...logits);
    const exps = Array.from(logits, (x) => Math.exp(x - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    return this.languages
      .map((lang, l) => ({ lang, probability: exps[l]! / sum }))
      .sort((a, b) => b.probability - a.probability);
  }

  /** True when most letters of the text were seen in training, i.e. the text is in a script the model knows. */
  covers(text: string): boolean {
    const letters = normalizeText(text).match(/\p{L}/gu) ?? [];
    if (letters.length === 0) return false;
    const seen = letters.filter((letter) => this.#logLikelihood.has(letter)).length;
    return seen / letters.length >= 0.5;
  }

  knows(lang: string): boolean {
    return this.languages.includes(lang);
  }
}
