// Turns buyer text into the bag of features the intent model counts: character n-grams and words, with and
// without diacritics, so "don hang" and "đơn hàng" share evidence and unsegmented scripts (th, zh, ja) still work.

const COMBINING_MARKS = /\p{M}/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/u;
// Scripts written without spaces between words; for them character n-grams carry the meaning.
const UNSEGMENTED =
  /[\p{Script=Thai}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(\p{L})\1{2,}/gu, '$1$1') // "pleaseeeee" and "ค่ะะะะ" count like their plain spelling
    .replace(/\s+/g, ' ')
    .trim();
}

export function stripDiacritics(text: string): string {
  // Thai vowels and tone marks are combining marks but carry meaning; only strip Latin-script accents.
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, (mark, offset: number, whole: string) => {
      const base = whole.charCodeAt(offset - 1);
      return base < 0x0250 ? '' : mark;
    })
    .normalize('NFC')
    .replace(/đ/g, 'd');
}

/** The UTF-16 lengths of the character n-grams taken from a text: unsegmented scripts need the short ones. */
export function charGramLengths(segmented: boolean): { min: number; max: number } {
  return segmented ? { min: 3, max: 5 } : { min: 1, max: 3 };
}

/** The text as the intent features read it: padded with a space each side, so grams see word edges. */
export const padForGrams = (text: string): string => ` ${text} `;

function addCharGrams(into: Map<string, number>, text: string, min: number, max: number): void {
  // UTF-16 slices rather than code points: a gram that splits an emoji's surrogate pair is still a stable
  // feature, and slicing strings is several times faster than joining arrays of code points.
  const padded = padForGrams(text);
  for (let n = min; n <= max; n++) {
    for (let i = 0; i + n <= padded.length; i++) {
      const gram = padded.slice(i, i + n);
      if (gram === ' '.repeat(n)) continue;
      const key = `c:${gram}`;
      into.set(key, (into.get(key) ?? 0) + 1);
    }
  }
}

export interface TextForms {
  normalized: string;
  /** `normalized` without Latin diacritics. */
  plain: string;
  /** False for scripts written without spaces between words (th, zh, ja…). */
  segmented: boolean;
}

/**
 * One message is normalised by language detection, the safety lexicon and both models in turn; remembering the
 * last text's forms does that work once.
 */
let lastForms: { text: string; forms: TextForms } | undefined;
export function textForms(text: string): TextForms {
  if (lastForms?.text === text) return lastForms.forms;
  const normalized = normalizeText(text);
  const forms = { normalized, plain: stripDiacritics(normalized), segmented: !UNSEGMENTED.test(normalized) };
  lastForms = { text, forms };
  return forms;
}

/** Words of a text: maximal runs of letters and digits. */
export function words(text: string): string[] {
  return text.split(NOT_WORD).filter((word) => word.length > 0);
}

export function extractFeatures(text: string): Map<string, number> {
  const features = new Map<string, number>();
  const { normalized, plain, segmented } = textForms(text);
  const { min, max } = charGramLengths(segmented);
  addCharGrams(features, plain, min, max);
  for (const word of words(plain)) {
    const key = `w:${word}`;
    features.set(key, (features.get(key) ?? 0) + 1);
  }
  if (plain !== normalized) {
    // Diacritics disambiguate Vietnamese ("hàng" goods vs "hằng"), so keep the accented words as extra evidence.
    for (const word of words(normalized)) {
      const key = `w:${word}`;
      features.set(key, (features.get(key) ?? 0) + 1);
    }
  }
  return features;
}
