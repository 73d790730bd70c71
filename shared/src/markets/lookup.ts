// Finding a market profile by code, or by the language (and region) a buyer writes in.

import { parseLocale } from '../languages.ts';
import type { AgentPersona } from '../protocol.ts';
import { MARKET_PROFILES } from './profiles.ts';
import {
  MARKET_CODES,
  type MarketCode,
  type MarketLanguage,
  type MarketProfile,
  type PoliteParticles,
} from './types.ts';

/**
 * The market assumed for a language when the region is unknown or is not a market that speaks it. English
 * goes to US (the largest English-speaking marketplace); Chinese without a script goes to CN.
 */
const DEFAULT_MARKET: Readonly<Record<string, MarketCode>> = {
  th: 'TH',
  vi: 'VN',
  id: 'ID',
  ms: 'MY',
  tl: 'PH',
  en: 'US',
  de: 'DE',
  fr: 'FR',
  es: 'ES',
  it: 'IT',
  pt: 'BR',
  ja: 'JP',
  ko: 'KR',
  'zh-Hans': 'CN',
  'zh-Hant': 'TW',
  zh: 'CN',
  ar: 'SA',
};

export function isMarketCode(value: unknown): value is MarketCode {
  return typeof value === 'string' && (MARKET_CODES as readonly string[]).includes(value);
}

/** The profile of a market code; any other string (including lower case) gives undefined. */
export function marketProfile(code: MarketCode): MarketProfile;
export function marketProfile(code: string): MarketProfile | undefined;
export function marketProfile(code: string): MarketProfile | undefined {
  return isMarketCode(code) ? MARKET_PROFILES[code] : undefined;
}

/** A market language as one BCP 47 tag: "th", "zh-Hant". */
export function languageTagOf(language: MarketLanguage): string {
  return language.script ? `${language.language}-${language.script}` : language.language;
}

/**
 * The market whose culture a reply in `language` should follow.
 *
 * `language` is a code or a locale ("pt", "zh-Hant", "zh-TW", "fil-PH"); `region` overrides the locale's
 * region. A region's market wins when it speaks the language (en + SG → SG, zh + MY → MY); otherwise the
 * language's default market applies, because the reply is written in that language (en + TH → US).
 * Unknown languages give undefined rather than a guess.
 */
export function marketForLanguage(language: string, region?: string): MarketProfile | undefined {
  const parsed = parseLocale(language);
  if (!parsed) return undefined;
  // Re-parse with the region so Chinese picks up its script from it (zh + TW → Hant).
  const tag = region ? (parseLocale(`${languageTagOf(parsed)}-${region}`) ?? parsed) : parsed;
  const regional = marketProfile(tag.region ?? '');
  if (regional && speaks(regional, tag)) return regional;
  const fallback = DEFAULT_MARKET[languageTagOf(tag)] ?? DEFAULT_MARKET[tag.language];
  return fallback ? MARKET_PROFILES[fallback] : undefined;
}

function speaks(market: MarketProfile, tag: MarketLanguage): boolean {
  return market.languages.some(
    (spoken) =>
      spoken.language === tag.language && (!spoken.script || !tag.script || spoken.script === tag.script),
  );
}

/**
 * The Thai-style politeness particles for a persona, or undefined when the market's languages do not mark the
 * speaker's gender. A neutral or unset persona gets the market's documented neutral choice.
 */
export function politeParticles(
  market: MarketProfile,
  persona: AgentPersona | undefined,
): PoliteParticles | undefined {
  const particles = market.formality.particles;
  if (!particles) return undefined;
  const gender =
    persona?.gender === 'female' || persona?.gender === 'male' ? persona.gender : particles.neutral;
  return particles[gender];
}
