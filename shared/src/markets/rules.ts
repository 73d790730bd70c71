// Culture rules that several markets share, defined once so a fix to the wording reaches every market.
import type { CultureRule } from './types.ts';

/** Languages Western buyers write in; the endearment rules only make sense in these. */
const WESTERN_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt'] as const;

export const PET_NAMES = {
  id: 'pet-name',
  term: '"Dear" / "Hi dear", "honey", "sweetie", "babe", "hun"',
  // Openers ("Dear customer", "Hi dear") anywhere a line starts, and pet names in address position (before a
  // comma or at the end), so "honey" the product is left alone.
  pattern:
    /^\s*(?:(?:hi|hello|hey)\s+)?dear(?!\p{L})|(?<!\p{L})(?:dear|honey|sweetie|sweetheart|babe|hun|darling)(?=\s*[,.!?]|\s*$)/imu,
  languages: ['en'],
  reason:
    'Common in Asian marketplace English, but to Western buyers "dear" in chat reads like a scam template and pet names sound condescending or flirtatious.',
  fix: 'Use the first name ("Hi Sarah,") or just "Hi,".',
} as const satisfies CultureRule;

export const TAOBAO_QIN = {
  id: 'taobao-qin',
  term: '亲 / 親 (Taobao "dear")',
  pattern: /亲|親/u,
  languages: WESTERN_LANGUAGES,
  reason:
    'Standard in mainland Chinese marketplace chat, but meaningless or overfamiliar to Western buyers when it slips into a translated reply.',
  fix: 'Remove it; greet with the buyer\'s name or "Hi".',
} as const satisfies CultureRule;

export const NEEDFUL_REVERT = {
  id: 'needful-revert',
  term: '"do the needful", "revert (back) to you"',
  pattern: /do the needful|(?<!\p{L})revert(?:ing)?(?:\s+back)?\s+to\s+(?:you|us|me)(?!\p{L})/iu,
  languages: ['en'],
  reason:
    'South Asian business English. US and UK readers take "revert" as "undo", and the phrasing is common in scam messages.',
  fix: 'Write "we\'ll get back to you" or "please let us know".',
} as const satisfies CultureRule;

export const ALL_CAPS = {
  id: 'all-caps',
  term: 'Several words in CAPITALS',
  pattern: /(?<!\p{L})\p{Lu}{3,}(?:\s+\p{Lu}{3,}){2,}(?!\p{L})/u,
  languages: ['en'],
  reason: 'Reads as shouting, even when meant as emphasis.',
  fix: 'Write in normal case; put the key fact first instead.',
} as const satisfies CultureRule;
