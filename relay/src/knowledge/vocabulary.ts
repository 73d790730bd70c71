// The knowledge base's fixed vocabulary (topics, commitments) and its size limits, shared by storage, API and import.
import { MAX_MESSAGE_LENGTH, MAX_SHORT_TEXT, MAX_SITE_LANGUAGES } from '@parley/shared';

/** What an entry is about; the migration's CHECK constraint lists the same values. */
export const KNOWLEDGE_TOPICS = [
  'product',
  'shipping',
  'returns',
  'promotions',
  'after_sales',
  'other',
] as const;
export type KnowledgeTopic = (typeof KNOWLEDGE_TOPICS)[number];

/**
 * What a policy lets an agent promise. A reply that commits the merchant to one of these while no entry allows it
 * can be flagged (the culture lint); the migration's CHECK constraint lists the same values.
 */
export const COMMITMENTS = ['refund', 'discount', 'compensation', 'replacement', 'free_return'] as const;
export type Commitment = (typeof COMMITMENTS)[number];

export function isKnowledgeTopic(value: unknown): value is KnowledgeTopic {
  return (KNOWLEDGE_TOPICS as readonly unknown[]).includes(value);
}

export function isCommitment(value: unknown): value is Commitment {
  return (COMMITMENTS as readonly unknown[]).includes(value);
}

/** An answer ends up in a chat reply, so it obeys the message limit. */
export const MAX_ANSWER_LENGTH = MAX_MESSAGE_LENGTH;
export const MAX_TITLE_LENGTH = MAX_SHORT_TEXT;
export const MAX_ANSWER_LANGUAGES = MAX_SITE_LANGUAGES;
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 50;

/**
 * Entries per site. Every entry of a site sits in one in-memory search index, so this bounds that index's memory
 * and build time (a few hundred milliseconds at the cap).
 */
export const MAX_ENTRIES_PER_SITE = 2000;

/** Entries one import may create or change; a larger catalogue is imported in several files. */
export const MAX_IMPORT_ENTRIES = 500;

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * Whether a lower-case ISO 639 code names a real language. Import headings such as "### notes" or a typo in the
 * language column must not become a language nobody will ever ask for.
 */
export function isKnownLanguage(code: string): boolean {
  if (!/^[a-z]{2,3}$/.test(code)) return false;
  try {
    return languageNames.of(code) !== undefined;
  } catch {
    return false;
  }
}
