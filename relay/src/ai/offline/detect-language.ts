// Offline language detection: Parley's chat-trained model, tinyld for languages it does not know, and the
// shopper's browser locale, fused.
import { type LanguageTag, parseLocale, UNDETERMINED_LANGUAGE } from '@parley/shared';
// tinyld's light build: the same fusion is as accurate with it (pnpm bench:language), and the full build spends
// up to a millisecond on some Cyrillic messages, which was most of the offline engine's p99.
import { detectAll } from 'tinyld/light';
import { ChatLanguageModel } from './chat-language-model.ts';
import { trainingSet } from './training-data.ts';

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

let defaultChatModel: ChatLanguageModel | undefined;
function chatModel(): ChatLanguageModel {
  defaultChatModel ??= new ChatLanguageModel(trainingSet());
  return defaultChatModel;
}

/**
 * tinyld must be this sure, on a message at least FOREIGN_LANGUAGE_LETTERS long, before it overrides the chat
 * model with a language the chat model does not know: on short chat lines tinyld is confidently wrong too often.
 */
const FOREIGN_LANGUAGE_CONFIDENCE = 0.9;
/** A browser locale wins when the chat model gives it at least this much probability. */
const PLAUSIBLE_HINT = 0.02;
const FOREIGN_LANGUAGE_LETTERS = 30;

export function detectLanguage(text: string, options: DetectOptions = {}): DetectedLanguage {
  const hint = parseLocale(options.locale);
  if (!LETTER.test(text)) {
    // Emoji-only or digits-only text says nothing about language; the locale is all we have.
    return hint ? { ...hint, confidence: 0.5 } : { language: UNDETERMINED_LANGUAGE, confidence: 0 };
  }
  const model = chatModel();
  // A script the chat model never saw (Greek, Devanagari…) gets meaningless scores from it; leave it to tinyld.
  const chat = model.covers(text) ? model.score(text) : [];
  const guesses = detectAll(text);
  const library = guesses[0];
  let best: { lang: string; confidence: number } | undefined;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (
    library &&
    !model.knows(library.lang) &&
    library.accuracy >= FOREIGN_LANGUAGE_CONFIDENCE &&
    letters >= FOREIGN_LANGUAGE_LETTERS
  ) {
    best = { lang: library.lang, confidence: library.accuracy };
  } else if (chat[0]) {
    best = { lang: chat[0].lang, confidence: chat[0].probability };
  } else if (library) {
    best = { lang: library.lang, confidence: library.accuracy };
  }
  let tag: LanguageTag;
  let confidence: number;
  const hintProbability = hint ? (chat.find((c) => c.lang === hint.language)?.probability ?? 0) : 0;
  if (
    hint &&
    (best?.lang === hint.language ||
      hintProbability >= PLAUSIBLE_HINT ||
      guesses.some((g) => g.lang === hint.language) ||
      hintFits(hint.language, text, best?.confidence ?? 0))
  ) {
    // The text is compatible with the browser locale: prefer the locale, which also carries region and script.
    tag = { ...hint };
    confidence = Math.max(best?.confidence ?? 0, hintProbability, 0.9);
  } else if (best) {
    tag = { language: codeSwitchedLanguage(text, best.lang) };
    confidence = best.confidence;
  } else {
    tag = { language: UNDETERMINED_LANGUAGE };
    confidence = 0;
  }
  if (tag.language === 'zh' && HAN.test(text)) {
    const script = chineseScript(text);
    if (script) tag.script = script;
  }
  return { ...tag, confidence: Math.round(confidence * 1000) / 1000 };
}

/**
 * Particles that mark English-based code-switching as the buyer's own language: Taglish ("thank you po"),
 * Manglish ("can lah, boss"), Indonesian chat English ("ok kak, thanks banget"). The buyer wants replies in kind.
 */
const CODE_SWITCH_MARKERS: Record<string, RegExp> = {
  tl: /(?<![\p{L}])(po|opo|yung|naman|kuya|nyo|ninyo|sana|talaga|kasi|pala|diba|nga|pakisend|paki)(?![\p{L}])/iu,
  ms: /(?<![\p{L}])(lah|tak|boleh|dah|sikit|takde|nak|macam mana)(?![\p{L}])/iu,
  id: /(?<![\p{L}])(kak|dong|gak|nggak|banget|udah|gimana|gan|sih|deh)(?![\p{L}])/iu,
};

function codeSwitchedLanguage(text: string, detected: string): string {
  if (detected !== 'en') return detected;
  for (const [language, marker] of Object.entries(CODE_SWITCH_MARKERS))
    if (marker.test(text)) return language;
  return detected;
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
