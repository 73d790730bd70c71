// Wire type of GET /api/v1/metrics/team: the figures a support team steers by. The relay computes them; the
// console's dashboard shows them. A null figure means there was nothing to measure, which is not zero.

export interface Quantiles {
  p50: number | null;
  p90: number | null;
}

export interface TeamMetrics {
  conversations: number;
  firstResponseSeconds: Quantiles;
  resolutionSeconds: Quantiles;
  resolutionRate: number | null;
  csat: { average: number | null; responses: number };
  volumeByLanguage: Record<string, number>;
  volumeByMarket: Record<string, number>;
  intents: Record<string, number>;
  urgentConversations: number;
  suggestions: { shown: number; used: number; acceptanceRate: number | null };
  bot: {
    conversations: number;
    contained: number;
    handedOff: number;
    containmentRate: number | null;
    handoffRate: number | null;
  };
  intentCorrections: { count: number; byIntent: Record<string, number> };
}

/** The figures with the range [since, until) they were computed for, as the API answers them. */
export interface TeamMetricsReport extends TeamMetrics {
  since: string;
  until: string;
}
