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
  /**
   * Earlier messages of the same buyer in this conversation, oldest first. A buyer rarely switches language
   * mid-conversation, so their language decides a short or ambiguous follow-up ("ok noted", "hay stock?").
   */
  history?: readonly string[];
  /** Languages the site serves (`Site.languages`), most important first: the tie-breaker of last resort. */
  markets?: readonly string[];
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
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  // tinyld is asked only when its answer can matter: a long message (it may name a language the chat model does
  // not know), no chat scores, or a locale nothing cheaper confirms. Most chat lines are short, and it is a third
  // of the cost.
  let guesses: ReturnType<typeof detectAll> | undefined;
  const libraryGuesses = () => {
    guesses ??= detectAll(text);
    return guesses;
  };
  const library = letters >= FOREIGN_LANGUAGE_LETTERS || !chat[0] ? libraryGuesses()[0] : undefined;
  let best: { lang: string; confidence: number } | undefined;
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
      hintFits(hint.language, text, best?.confidence ?? 0) ||
      libraryGuesses().some((g) => g.lang === hint.language))
  ) {
    // The text is compatible with the browser locale: prefer the locale, which also carries region and script.
    tag = { ...hint };
    confidence = Math.max(best?.confidence ?? 0, hintProbability, 0.9);
  } else if (best) {
    const prior = hint ? undefined : contextLanguage(text, best, chat, options);
    tag = { language: prior ?? codeSwitchedLanguage(text, best.lang) };
    confidence = prior ? Math.max(best.confidence, 0.8) : best.confidence;
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

/** Below this confidence a guess is open to the conversation's and the site's languages even on a long message. */
const CONFIDENT_GUESS = 0.95;
/** How many earlier messages decide the conversation's language; the latest say the most. */
const HISTORY_MESSAGES = 3;
/**
 * How much less likely than the guess a prior language may be and still win. The chat model is naive Bayes,
 * which is overconfident by orders of magnitude on a few words ("hay stock?" scores Spanish 1e-11 of Tagalog),
 * so these are far below what a calibrated model would need. A buyer rarely switches language mid-conversation,
 * a stronger prior than the site's market list. Chosen on the dev set (pnpm bench:language).
 */
const HISTORY_PLAUSIBLE = 1e-12;
const MARKET_PLAUSIBLE = 1e-6;
const MARKET_RANK_WEIGHT = 0.1;

/**
 * The conversation's language, then the site's markets, as priors for a message that says too little on its
 * own: short, or a weak guess. A prior only wins when the chat model finds the text plausible in it, so a Thai
 * buyer on a German store stays Thai, and "still nothing?" after Indonesian messages is still English.
 */
function contextLanguage(
  text: string,
  best: { lang: string; confidence: number },
  chat: readonly { lang: string; probability: number }[],
  options: DetectOptions,
): string | undefined {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters >= SHORT_MESSAGE_LETTERS && best.confidence >= CONFIDENT_GUESS) return undefined;
  const top = chat[0]?.probability ?? 0;
  const likelihood = (language: string) => chat.find((c) => c.lang === language)?.probability ?? 0;
  const earlier = options.history?.slice(-HISTORY_MESSAGES).join('\n');
  if (earlier && top > 0) {
    // Only the chat model reads the earlier messages: a prior matters only among the languages it scores, and
    // tinyld on a few joined messages would double the cost of a follow-up.
    const spoken = chatModel().score(earlier)[0]?.lang;
    if (spoken === best.lang) return undefined;
    if (spoken && likelihood(spoken) >= HISTORY_PLAUSIBLE * top) return spoken;
  }
  const markets = options.markets;
  if (!markets?.length || markets.includes(best.lang) || top === 0) return undefined;
  // The guess is a language the site does not serve. Among the market languages the text allows, the list's
  // order is a prior (each place MARKET_RANK_WEIGHT as likely as the one before), so near-ties go to the
  // site's main language: "serve no iphone 13?" on a Brazilian store is Portuguese, not English.
  let chosen: { lang: string; score: number } | undefined;
  markets.forEach((market, rank) => {
    const probability = likelihood(market);
    const score = probability * MARKET_RANK_WEIGHT ** rank;
    if (probability >= MARKET_PLAUSIBLE * top && score > (chosen?.score ?? 0))
      chosen = { lang: market, score };
  });
  return chosen?.lang;
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
