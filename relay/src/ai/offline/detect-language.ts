// Offline language detection: tinyld's statistical guess fused with the shopper's browser locale.
import { type LanguageTag, parseLocale, UNDETERMINED_LANGUAGE } from '@parley/shared';
import { detectAll } from 'tinyld';

export interface DetectOptions {
  /** `navigator.language` of the shopper; trusted when the text agrees or says too little. */
  locale?: string;
}

export interface DetectedLanguage extends LanguageTag {
  /** 0..1 */
  confidence: number;
}

const HAN = /\p{Script=Han}/u;
const LETTER = /\p{L}/u;
// Characters that exist only in Traditional or only in Simplified Chinese, enough to tell short messages apart.
const TRADITIONAL_ONLY = /[們這個請問貨錢謝還買賣過時會點東發訂單號碼際為說處嗎麼麗膚隻]/u;
const SIMPLIFIED_ONLY = /[们这个请问货钱谢还买卖过时会点东发订单号码际为说处吗么丽肤只]/u;

export function detectLanguage(text: string, options: DetectOptions = {}): DetectedLanguage {
  const hint = parseLocale(options.locale);
  const guesses = LETTER.test(text) ? detectAll(text) : [];
  const best = guesses[0];
  let tag: LanguageTag;
  let confidence: number;
  if (!best) {
    // Emoji-only or digits-only text says nothing about language; the locale is all we have.
    tag = hint ?? { language: UNDETERMINED_LANGUAGE };
    confidence = hint ? 0.5 : 0;
  } else if (
    hint &&
    (guesses.some((g) => g.lang === hint.language) || hintFits(hint.language, text, best.accuracy))
  ) {
    // The text is compatible with the browser locale: prefer the locale, which also carries region and script.
    tag = { ...hint };
    confidence = Math.max(best.accuracy, 0.9);
  } else {
    tag = { language: best.lang };
    confidence = best.accuracy;
  }
  if (tag.language === 'zh' && HAN.test(text)) {
    const script = chineseScript(text);
    if (script) tag.script = script;
  }
  return { ...tag, confidence };
}

/** The script each language is written in, for languages not written in Latin script. */
const NON_LATIN_SCRIPT: Record<string, RegExp> = {
  th: /\p{Script=Thai}/u,
  zh: /\p{Script=Han}/u,
  ja: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u,
  ko: /\p{Script=Hangul}/u,
  ar: /\p{Script=Arabic}/u,
  fa: /\p{Script=Arabic}/u,
  ur: /\p{Script=Arabic}/u,
  he: /\p{Script=Hebrew}/u,
  ru: /\p{Script=Cyrillic}/u,
  uk: /\p{Script=Cyrillic}/u,
  el: /\p{Script=Greek}/u,
  hi: /\p{Script=Devanagari}/u,
};
const LATIN = /\p{Script=Latin}/u;
/** Short messages are where statistics fail; below this many letters a plausible locale beats the guess. */
const SHORT_MESSAGE_LETTERS = 40;

/**
 * A locale fits text written in its script when the statistical guess is weak or the message is short:
 * "terima kasih kak" from an id-ID browser is Indonesian, even if the letters alone look Malay.
 */
function hintFits(language: string, text: string, guessAccuracy: number): boolean {
  const script = NON_LATIN_SCRIPT[language];
  const inScript = script ? script.test(text) : LATIN.test(text);
  if (!inScript) return false;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters < SHORT_MESSAGE_LETTERS || guessAccuracy < 0.5;
}

function chineseScript(text: string): 'Hans' | 'Hant' | undefined {
  const traditional = TRADITIONAL_ONLY.test(text);
  const simplified = SIMPLIFIED_ONLY.test(text);
  if (traditional && !simplified) return 'Hant';
  if (simplified && !traditional) return 'Hans';
  return undefined;
}
