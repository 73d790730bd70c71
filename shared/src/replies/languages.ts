// Mapping a buyer's language or locale onto the language the reply library is written in.
import { parseLocale } from '../languages.ts';
import { REPLY_LANGUAGES, type ReplyLanguage } from './types.ts';

export function isReplyLanguage(value: unknown): value is ReplyLanguage {
  return typeof value === 'string' && (REPLY_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The library language for a code or locale: "zh-TW" and "zh-Hant" → "zh-Hant", "zh" → "zh-Hans",
 * "pt-PT" → "pt", "fil" → "tl". Undefined when the library has no text in that language.
 */
export function replyLanguageFor(language: string): ReplyLanguage | undefined {
  if (isReplyLanguage(language)) return language;
  const tag = parseLocale(language);
  if (!tag) return undefined;
  // parseLocale already infers the script from a Chinese region (TW, HK, MO → Hant).
  if (tag.language === 'zh') return tag.script === 'Hant' ? 'zh-Hant' : 'zh-Hans';
  return isReplyLanguage(tag.language) ? tag.language : undefined;
}
