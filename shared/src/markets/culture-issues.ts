// Checking a reply against a market's culture rules: what to flag for the agent before it is sent.
import { parseLocale } from '../languages.ts';
import { languageTagOf, marketProfile } from './lookup.ts';
import type { CultureRule, MarketCode, MarketProfile } from './types.ts';

export interface CultureIssue {
  ruleId: string;
  term: string;
  reason: string;
  fix: string;
  /** The offending text as found; absent for rules about something missing. */
  match?: string;
  /** UTF-16 offset of `match` in the checked text. */
  index?: number;
}

/**
 * Culture issues in `text`, a reply about to go to a buyer in `market`, written in `language` (a code or
 * tag such as "de" or "zh-Hant"; the market's first language when omitted). Pure and cheap: a handful of
 * regex tests, no I/O, so it can run on every keystroke.
 */
export function findCultureIssues(
  text: string,
  market: MarketCode | MarketProfile,
  language?: string,
): CultureIssue[] {
  const profile = typeof market === 'string' ? marketProfile(market) : market;
  const tag = parseLocale(language ?? languageTagOf(profile.languages[0]!));
  const issues: CultureIssue[] = [];
  for (const rule of profile.avoid) {
    if (!appliesTo(rule, tag?.language, tag?.script)) continue;
    const found = rule.pattern.exec(text);
    const { id: ruleId, term, reason, fix } = rule;
    if (rule.flagWhen === 'absent') {
      if (!found) issues.push({ ruleId, term, reason, fix });
    } else if (found) {
      issues.push({ ruleId, term, reason, fix, match: found[0], index: found.index });
    }
  }
  return issues;
}

function appliesTo(rule: CultureRule, language: string | undefined, script: string | undefined): boolean {
  if (!rule.languages) return true;
  if (!language) return false;
  const full = script ? `${language}-${script}` : language;
  return rule.languages.some((wanted) => wanted === language || wanted === full);
}
