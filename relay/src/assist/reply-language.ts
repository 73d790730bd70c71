// The language a reply is written in, as the reply library spells it, shared by suggestions, compose, the bot and
// the assist API: Chinese carries its script, because Simplified and Traditional readers need different text.
import type { Analysis } from '@parley/shared';

/** The reply language for an analysed buyer message: its language, with the script for Chinese. */
export function replyLanguage(analysis: Pick<Analysis, 'language' | 'script'>): string {
  if (analysis.language === 'zh') return analysis.script === 'Hant' ? 'zh-Hant' : 'zh-Hans';
  return analysis.language;
}

/** Same language whatever the script or region: "zh-Hant" and "zh", "pt-BR" and "pt". */
export function sameLanguage(a: string, b: string): boolean {
  return a.split('-')[0]!.toLowerCase() === b.split('-')[0]!.toLowerCase();
}
