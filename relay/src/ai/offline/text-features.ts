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

function addCharGrams(into: Map<string, number>, text: string, min: number, max: number): void {
  // UTF-16 slices rather than code points: a gram that splits an emoji's surrogate pair is still a stable
  // feature, and slicing strings is several times faster than joining arrays of code points.
  const padded = ` ${text} `;
  for (let n = min; n <= max; n++) {
    for (let i = 0; i + n <= padded.length; i++) {
      const gram = padded.slice(i, i + n);
      if (gram === ' '.repeat(n)) continue;
      const key = `c:${gram}`;
      into.set(key, (into.get(key) ?? 0) + 1);
    }
  }
}

export function extractFeatures(text: string): Map<string, number> {
  const features = new Map<string, number>();
  const normalized = normalizeText(text);
  const plain = stripDiacritics(normalized);
  const segmented = !UNSEGMENTED.test(normalized);
  addCharGrams(features, plain, segmented ? 3 : 1, segmented ? 5 : 3);
  for (const word of plain.split(NOT_WORD)) {
    if (word.length === 0) continue;
    const key = `w:${word}`;
    features.set(key, (features.get(key) ?? 0) + 1);
  }
  if (plain !== normalized) {
    // Diacritics disambiguate Vietnamese ("hàng" goods vs "hằng"), so keep the accented words as extra evidence.
    for (const word of normalized.split(NOT_WORD)) {
      if (word.length === 0) continue;
      const key = `w:${word}`;
      features.set(key, (features.get(key) ?? 0) + 1);
    }
  }
  return features;
}
