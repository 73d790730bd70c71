// Team metrics as CSV, one "metric,key,value" row per figure, for a spreadsheet or a BI import.
import type { TeamMetrics } from './compute.ts';

export function teamMetricsCsv(metrics: TeamMetrics): string {
  const rows: [string, string, string | number | null][] = [
    ['conversations', '', metrics.conversations],
    ['first_response_seconds', 'p50', metrics.firstResponseSeconds.p50],
    ['first_response_seconds', 'p90', metrics.firstResponseSeconds.p90],
    ['resolution_seconds', 'p50', metrics.resolutionSeconds.p50],
    ['resolution_seconds', 'p90', metrics.resolutionSeconds.p90],
    ['resolution_rate', '', metrics.resolutionRate],
    ['csat_average', '', metrics.csat.average],
    ['csat_responses', '', metrics.csat.responses],
    ...Object.entries(metrics.volumeByLanguage).map(
      ([k, v]) => ['volume_by_language', k, v] as [string, string, number],
    ),
    ...Object.entries(metrics.volumeByMarket).map(
      ([k, v]) => ['volume_by_market', k, v] as [string, string, number],
    ),
    ...Object.entries(metrics.intents).map(([k, v]) => ['intent', k, v] as [string, string, number]),
    ['urgent_conversations', '', metrics.urgentConversations],
    ['suggestions_shown', '', metrics.suggestions.shown],
    ['suggestions_used', '', metrics.suggestions.used],
    ['suggestion_acceptance_rate', '', metrics.suggestions.acceptanceRate],
    ['bot_conversations', '', metrics.bot.conversations],
    ['bot_containment_rate', '', metrics.bot.containmentRate],
    ['bot_handoff_rate', '', metrics.bot.handoffRate],
    ['intent_corrections', '', metrics.intentCorrections.count],
    ...Object.entries(metrics.intentCorrections.byIntent).map(
      ([k, v]) => ['intent_corrections_by_intent', k, v] as [string, string, number],
    ),
  ];
  // Keys are language codes, market codes and intent ids: no commas or quotes to escape.
  return `metric,key,value\n${rows.map(([m, k, v]) => `${m},${k},${v ?? ''}`).join('\n')}\n`;
}
