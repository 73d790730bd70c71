// A character n-gram naive Bayes language model trained on Parley's own buyer messages. General-purpose
// detectors learn from books and the web; chat is short, slangy and unaccented ("kak", "shop oi", "po"), and on
// it this model is far more accurate for the languages it knows. It knows only those; tinyld covers the rest.
import { FeatureIndex } from './feature-index.ts';
import { padForGrams, textForms } from './text-features.ts';

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

/** The text the grams are taken from: normalised and padded, so grams see where words start and end. */
const gramSource = (text: string): string => padForGrams(textForms(text).normalized);

function grams(text: string): string[] {
  const source = gramSource(text);
  const out: string[] = [];
  for (let n = 1; n <= MAX_GRAM; n++) {
    for (let i = 0; i + n <= source.length; i++) out.push(source.slice(i, i + n));
  }
  return out;
}

export class ChatLanguageModel {
  readonly languages: readonly string[];
  readonly #grams: FeatureIndex;
  /** log P(gram | language): gram g's row starts at g × languages.length. */
  readonly #logLikelihood: Float64Array;

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
    const width = this.languages.length;
    this.#grams = new FeatureIndex([...counts.keys()]);
    this.#logLikelihood = new Float64Array(counts.size * width);
    let g = 0;
    for (const row of counts.values()) {
      for (let l = 0; l < width; l++)
        this.#logLikelihood[g * width + l] = Math.log(row[l]! + SMOOTHING) - denominators[l]!;
      g++;
    }
  }

  /** Languages ranked by probability; empty when the text has no n-gram the model has seen. */
  score(text: string): LanguageScore[] {
    const width = this.languages.length;
    const logits = new Float64Array(width);
    const source = gramSource(text);
    let known = 0;
    for (let i = 0; i < source.length; i++) {
      for (let n = 1; n <= MAX_GRAM && i + n <= source.length; n++) {
        const g = this.#grams.find(source, i, n);
        // Training counted every shorter gram at the same place as a longer one: past an unseen gram, none is known.
        if (g === -1) break;
        known++;
        const row = g * width;
        for (let l = 0; l < width; l++) logits[l]! += this.#logLikelihood[row + l]!;
      }
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
    const letters = textForms(text).normalized.match(/\p{L}/gu) ?? [];
    if (letters.length === 0) return false;
    const seen = letters.filter((letter) => this.#grams.find(letter) !== -1).length;
    return seen / letters.length >= 0.5;
  }

  knows(lang: string): boolean {
    return this.languages.includes(lang);
  }
}
