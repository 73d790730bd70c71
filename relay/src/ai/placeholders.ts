// Protects the parts of a message a translation must return byte-identical — order numbers, tracking codes,
// URLs, emails, prices, emoji, line breaks and glossary terms — by swapping them for numbered tokens first.

export interface Protected {
  /** The text with every protected span replaced by a token such as ⟦3⟧. */
  text: string;
  /** Original spans, indexed by token number. */
  spans: string[];
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'）)]+/gu;
const EMAIL_PATTERN = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
/** Prices with a currency symbol or code on either side: "฿950", "€24.00", "1.299,00 EUR", "USD 26". */
const PRICE_PATTERN =
  /(?:[$€£¥₩₫฿₱₹]|\b(?:USD|EUR|GBP|JPY|KRW|VND|THB|IDR|MYR|PHP|SGD|CNY|TWD|SAR|RM|Rp)\s?)\d[\d.,\s]*\d|\d[\d.,]*\s?(?:[$€£¥₩₫฿₱₹]|\b(?:USD|EUR|GBP|JPY|KRW|VND|THB|IDR|MYR|PHP|SGD|CNY|TWD|SAR|RM|Rp|บาท|원|円|元|đ)\b)/gu;
/** Order, tracking and SKU codes: a run of letters and digits with at least 4 digits, or "#" plus digits. */
const CODE_PATTERN =
  /#[\p{L}\p{N}-]+|\b(?=[\p{L}\p{N}-]*\d{4})[\p{Lu}\p{N}][\p{Lu}\p{N}-]{3,}\b|\b\d{5,}\b/gu;
const EMOJI_PATTERN = /\p{Extended_Pictographic}(?:\u200d\p{Extended_Pictographic}|\ufe0f)*/gu;
const LINE_BREAK_PATTERN = /\r?\n/g;

const TOKEN = (n: number) => `⟦${n}⟧`;
const TOKEN_PATTERN = /⟦(\d+)⟧/g;

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces protected spans with tokens. Glossary terms are matched case-sensitively as written. */
export function protectSpans(text: string, glossaryTerms: readonly string[] = []): Protected {
  const spans: string[] = [];
  let out = text;
  const patterns: RegExp[] = [URL_PATTERN, EMAIL_PATTERN, PRICE_PATTERN, CODE_PATTERN];
  const terms = glossaryTerms.filter((t) => t.trim().length > 0).sort((a, b) => b.length - a.length);
  if (terms.length > 0) patterns.unshift(new RegExp(terms.map(escapeForRegExp).join('|'), 'gu'));
  patterns.push(EMOJI_PATTERN, LINE_BREAK_PATTERN);
  for (const pattern of patterns) {
    out = out.replace(pattern, (match) => {
      // Never re-protect inside a token produced by an earlier pattern.
      if (/⟦\d+⟧/.test(match)) return match;
      spans.push(match);
      return TOKEN(spans.length - 1);
    });
  }
  return { text: out, spans };
}

/**
 * Puts the original spans back. Returns null when the translation lost, duplicated or invented a token,
 * because then some order number or price may be wrong and the translation must not be shown.
 */
export function restoreSpans(translated: string, spans: readonly string[]): string | null {
  const seen = new Array<number>(spans.length).fill(0);
  let valid = true;
  const restored = translated.replace(TOKEN_PATTERN, (_, digits: string) => {
    const index = Number(digits);
    if (index >= spans.length) {
      valid = false;
      return '';
    }
    seen[index]!++;
    return spans[index]!;
  });
  if (!valid || seen.some((count) => count !== 1)) return null;
  return restored;
}

/**
 * Puts back whatever spans `text` kept, without insisting on each exactly once: for a back-translation the agent
 * only reads, where a paraphrased placeholder is harmless but an unreadable token is not.
 */
export function fillSpans(text: string, spans: readonly string[]): string {
  return text.replace(TOKEN_PATTERN, (token, digits: string) => spans[Number(digits)] ?? token);
}
