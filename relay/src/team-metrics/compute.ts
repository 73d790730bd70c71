// The figures a support manager steers by, computed from the relay's logs (messages and events) for a date range:
// response and resolution times, resolution rate and CSAT, volume by language and market, intents and urgency,
// suggestion acceptance, bot containment and hand-offs, and agents' corrections of intent tags. Pure: the storage
// gathers the facts, this turns them into figures, so a test can check it against an independent computation.
import type { Quantiles, TeamMetrics } from '@parley/shared';

export type { TeamMetrics };

export interface ConversationFacts {
  id: string;
  language: string | null;
  /** ISO market code, from the shopper's locale region or the language's home market; null when unknown. */
  market: string | null;
  urgency: string | null;
  createdAt: string;
  /** The first reply by a person (not the bot). */
  firstAgentReplyAt: string | null;
  /** The first time the conversation was resolved. */
  resolvedAt: string | null;
  /** Intents of the shopper's messages. */
  intents: string[];
  botAnswered: boolean;
  botHandedOff: boolean;
  /** The shopper's latest rating, 1–5. */
  csat: number | null;
}

export interface TeamEventFacts {
  /** Suggestions shown to agents (one per suggestion). */
  suggestionsShown: number;
  /** Suggestions an agent inserted into a reply. */
  suggestionsUsed: number;
  /** Intent tags agents corrected, as "from→to" pairs. */
  intentCorrections: { from: string; to: string }[];
}

/** Nearest-rank quantile, the definition a spreadsheet user can check by hand. */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1]!;
}

const seconds = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 1000;
const ratio = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 1000);
const round = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

function quantiles(values: number[]): Quantiles {
  const sorted = values.sort((a, b) => a - b);
  return { p50: round(quantile(sorted, 0.5)), p90: round(quantile(sorted, 0.9)) };
}

export function computeTeamMetrics(
  conversations: readonly ConversationFacts[],
  events: TeamEventFacts,
): TeamMetrics {
  const responded = conversations.filter((c) => c.firstAgentReplyAt);
  const resolved = conversations.filter((c) => c.resolvedAt);
  const rated = conversations.filter((c) => c.csat !== null);
  const botTouched = conversations.filter((c) => c.botAnswered || c.botHandedOff);
  // Contained: the bot answered, nobody had to step in.
  const contained = botTouched.filter((c) => c.botAnswered && !c.botHandedOff && !c.firstAgentReplyAt);
  const handedOff = botTouched.filter((c) => c.botHandedOff);
  const corrections = events.intentCorrections;
  return {
    conversations: conversations.length,
    firstResponseSeconds: quantiles(responded.map((c) => seconds(c.createdAt, c.firstAgentReplyAt!))),
    resolutionSeconds: quantiles(resolved.map((c) => seconds(c.createdAt, c.resolvedAt!))),
    resolutionRate: ratio(resolved.length, conversations.length),
    csat: {
      average: rated.length
        ? Math.round((rated.reduce((sum, c) => sum + c.csat!, 0) / rated.length) * 100) / 100
        : null,
      responses: rated.length,
    },
    volumeByLanguage: countBy(conversations.map((c) => c.language ?? 'und')),
    volumeByMarket: countBy(conversations.map((c) => c.market ?? 'unknown')),
    intents: countBy(conversations.flatMap((c) => c.intents)),
    urgentConversations: conversations.filter((c) => c.urgency === 'high').length,
    suggestions: {
      shown: events.suggestionsShown,
      used: events.suggestionsUsed,
      acceptanceRate: ratio(events.suggestionsUsed, events.suggestionsShown),
    },
    bot: {
      conversations: botTouched.length,
      contained: contained.length,
      handedOff: handedOff.length,
      containmentRate: ratio(contained.length, botTouched.length),
      handoffRate: ratio(handedOff.length, botTouched.length),
    },
    intentCorrections: { count: corrections.length, byIntent: countBy(corrections.map((c) => c.from)) },
  };
}
