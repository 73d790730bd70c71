// How knowledge text becomes search terms in any script: Intl.Segmenter words, lower case, Latin diacritics folded.
import { isStopWord } from './stop-words.ts';

// ICU's word segmenter splits scripts written without spaces (Thai, Chinese, Japanese, Khmer, Lao) with its
// dictionaries, whatever the locale, so one segmenter serves every language. Made once: construction is costly.
const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/** The words of a text, in order: punctuation and spaces dropped. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const segment of words.segment(text.normalize('NFC'))) {
    if (segment.isWordLike) tokens.push(segment.segment);
  }
  return tokens;
}

const LATIN = /\p{Script=Latin}/u;

export function isLatin(term: string): boolean {
  return LATIN.test(term);
}

// Latin letters that are not a base letter plus a combining mark, so NFD alone leaves them as they are.
const LATIN_LETTERS: Record<string, string> = {
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
};
const SPECIAL_LETTERS = new RegExp(`[${Object.keys(LATIN_LETTERS).join('')}]`, 'gu');

/**
 * One term as the index stores it and a query looks it up: lower case, and for Latin script without diacritics,
 * so "tra hang" finds "trả hàng" and "Ruckgabe" finds "Rückgabe". Other scripts keep their
 * marks: Thai vowels and tone marks, Japanese dakuten and Devanagari vowel signs are combining marks too, and
 * removing them would merge different words.
 */
export function normalizeTerm(term: string): string {
  const lower = term.toLowerCase();
  if (!isLatin(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(SPECIAL_LETTERS, (letter) => LATIN_LETTERS[letter] ?? letter)
    .normalize('NFC');
}

// Hiragana words of one or two characters are particles and verb endings (の, は, した, ます); Japanese content words
// are written in kanji or katakana.
const JAPANESE_GRAMMAR = /^\p{Script=Hiragana}{1,2}$/u;

/**
 * The term a word is indexed and looked up as, or null for a word that carries no topic. A Latin-script plural "s"
 * is dropped ("refunds", "descuentos" → "refund", "descuento"): crude, but the same on both sides of the match, and
 * prefix matching alone scores a plural far below an exact word.
 */
export function searchTerm(word: string): string | null {
  const term = normalizeTerm(word);
  if (isStopWord(term) || JAPANESE_GRAMMAR.test(term)) return null;
  if (term.length > 3 && term.endsWith('s') && !term.endsWith('ss') && isLatin(term))
    return term.slice(0, -1);
  return term;
}
