// Types of a market (culture) profile: how a shop in that market writes to its buyers.
import type { LanguageTag } from '../languages.ts';

/** ISO 3166-1 alpha-2 codes of the markets Parley has a profile for. */
export const MARKET_CODES = [
  'TH',
  'VN',
  'ID',
  'MY',
  'PH',
  'SG',
  'US',
  'GB',
  'DE',
  'FR',
  'ES',
  'IT',
  'BR',
  'JP',
  'KR',
  'CN',
  'TW',
  'SA',
] as const;
export type MarketCode = (typeof MARKET_CODES)[number];

/** A language as the contract carries it: code plus optional script, never a region (DESIGN.md §Contracts 2). */
export type MarketLanguage = Pick<LanguageTag, 'language' | 'script'>;

/** How freely a shop in this market uses emoji with buyers. */
export type EmojiPolicy = 'none' | 'sparing' | 'welcome';

/**
 * Something to keep out of a reply (or, with `flagWhen: 'absent'`, something a reply must contain), with the
 * reason an agent can learn from and a fix they can apply.
 */
export interface CultureRule {
  /** Stable id, for counting hits and for suppressing a rule per site. */
  id: string;
  /** The term or punctuation as the agent should see it named. */
  term: string;
  /** No `g` flag: rules are shared, and a global regex carries `lastIndex` state between calls. */
  pattern: RegExp;
  /** 'present' (default): flag text that matches. 'absent': flag text that does not match. */
  flagWhen?: 'present' | 'absent';
  /**
   * Reply languages the rule applies to, as tags ("de", "zh-Hant"); a bare code also covers its scripts.
   * Omitted: every language.
   */
  languages?: readonly string[];
  reason: string;
  fix: string;
}

/** Sentence-final politeness particles of one persona. Thai uses a different form in questions and after นะ. */
export interface PoliteParticles {
  statement: string;
  question: string;
}

/** Particles for languages that mark the speaker's gender (Thai ค่ะ/ครับ). */
export interface GenderedParticles {
  female: PoliteParticles;
  male: PoliteParticles;
  /** Which set a neutral or unset persona uses. */
  neutral: 'female' | 'male';
  /** Why the neutral choice is what it is, for whoever configures personas. */
  neutralReason: string;
}

/** A norm in prose plus examples a native speaker would write. */
export interface WritingNorm {
  norm: string;
  examples: readonly string[];
}

export interface MarketProfile {
  code: MarketCode;
  /** English name, for agent-facing UI. */
  name: string;
  /** Languages buyers in this market write in, most common first. */
  languages: readonly MarketLanguage[];
  /** BCP 47 locale passed to Intl. */
  locale: string;
  /** ISO 4217 code of the local currency. */
  currency: string;
  /** IANA time zone used to show instants (not calendar dates) to buyers in this market. */
  timeZone: string;
  /** Intl numbering system, when the market's shops write digits differently from the locale default. */
  numberingSystem?: string;
  /** Whole amounts are written without decimals (฿1,299 rather than ฿1,299.00). */
  wholePrices: boolean;
  formality: {
    /** The register a shop writes in. */
    register: string;
    /** How to address the buyer. */
    addressBuyer: string;
    /** How the shop and the agent refer to themselves. */
    selfReference: string;
    /** Present where the persona's gender changes the words (Thai). */
    particles?: GenderedParticles;
  };
  greeting: WritingNorm;
  closing: WritingNorm;
  apology: WritingNorm;
  emoji: { policy: EmojiPolicy; note: string };
  avoid: readonly CultureRule[];
  /** Other things an agent serving this market should know. */
  notes: readonly string[];
}
