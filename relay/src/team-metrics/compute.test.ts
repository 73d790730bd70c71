import { describe, expect, it } from 'vitest';
import { type ConversationFacts, computeTeamMetrics } from './compute.ts';

/** A small deterministic PRNG (mulberry32), so the seeded month is the same on every run. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LANGUAGES = ['th', 'vi', 'id', 'en', 'de'];
const INTENTS = ['order_status', 'return_refund', 'product_safety', 'complaint'];

function seededMonth(count: number): ConversationFacts[] {
  const random = prng(42);
  const start = Date.parse('2026-10-01T00:00:00Z');
  return Array.from({ length: count }, (_, i) => {
    const created = start + Math.floor(random() * 30 * 86_400) * 1000;
    const replied = random() < 0.8 ? created + Math.floor(random() * 3600) * 1000 : null;
    const resolved = replied && random() < 0.7 ? replied + Math.floor(random() * 86_400) * 1000 : null;
    const bot = random();
    return {
      id: `c${i}`,
      language: LANGUAGES[Math.floor(random() * LANGUAGES.length)]!,
      market: null,
      urgency: random() < 0.1 ? 'high' : 'normal',
      createdAt: new Date(created).toISOString(),
      firstAgentReplyAt: replied ? new Date(replied).toISOString() : null,
      resolvedAt: resolved ? new Date(resolved).toISOString() : null,
      intents: [INTENTS[Math.floor(random() * INTENTS.length)]!],
      botAnswered: bot < 0.4,
      botHandedOff: bot > 0.3 && bot < 0.5,
      csat: random() < 0.3 ? 1 + Math.floor(random() * 5) : null,
    };
  });
}

/** The median as a careful person computes it: the smallest value with at least half of all values at or below. */
function byCounting(values: number[], share: number): number {
  return Math.min(...values.filter((v) => values.filter((w) => w <= v).length >= share * values.length));
}

describe('team metrics over a seeded month', () => {
  const month = seededMonth(400);
  const metrics = computeTeamMetrics(month, {
    suggestionsShown: 120,
    suggestionsUsed: 45,
    intentCorrections: [
      { from: 'order_status', to: 'delivery_problem' },
      { from: 'order_status', to: 'complaint' },
      { from: 'complaint', to: 'product_safety' },
    ],
  });

  it('match the same figures computed independently', () => {
    const frt = month
      .filter((c) => c.firstAgentReplyAt)
      .map((c) => (Date.parse(c.firstAgentReplyAt!) - Date.parse(c.createdAt)) / 1000);
    const resolution = month
      .filter((c) => c.resolvedAt)
      .map((c) => (Date.parse(c.resolvedAt!) - Date.parse(c.createdAt)) / 1000);
    expect(metrics.conversations).toBe(400);
    expect(metrics.firstResponseSeconds).toEqual({ p50: byCounting(frt, 0.5), p90: byCounting(frt, 0.9) });
    expect(metrics.resolutionSeconds).toEqual({
      p50: byCounting(resolution, 0.5),
      p90: byCounting(resolution, 0.9),
    });
    expect(metrics.resolutionRate).toBeCloseTo(resolution.length / 400, 3);
    const ratings = month.flatMap((c) => (c.csat === null ? [] : [c.csat]));
    expect(metrics.csat.responses).toBe(ratings.length);
    expect(metrics.csat.average).toBeCloseTo(ratings.reduce((a, b) => a + b, 0) / ratings.length, 2);
    for (const language of LANGUAGES)
      expect(metrics.volumeByLanguage[language]).toBe(month.filter((c) => c.language === language).length);
    expect(Object.values(metrics.intents).reduce((a, b) => a + b, 0)).toBe(400);
    expect(metrics.urgentConversations).toBe(month.filter((c) => c.urgency === 'high').length);
    const touched = month.filter((c) => c.botAnswered || c.botHandedOff);
    const contained = touched.filter((c) => c.botAnswered && !c.botHandedOff && !c.firstAgentReplyAt);
    expect(metrics.bot.conversations).toBe(touched.length);
    expect(metrics.bot.containmentRate).toBeCloseTo(contained.length / touched.length, 3);
    expect(metrics.bot.handoffRate).toBeCloseTo(
      touched.filter((c) => c.botHandedOff).length / touched.length,
      3,
    );
    expect(metrics.suggestions.acceptanceRate).toBe(0.375);
    expect(metrics.intentCorrections).toEqual({ count: 3, byIntent: { complaint: 1, order_status: 2 } });
  });

  it('says "no data" rather than zero for an empty range', () => {
    const empty = computeTeamMetrics([], { suggestionsShown: 0, suggestionsUsed: 0, intentCorrections: [] });
    expect(empty.firstResponseSeconds).toEqual({ p50: null, p90: null });
    expect(empty.resolutionRate).toBeNull();
    expect(empty.suggestions.acceptanceRate).toBeNull();
  });
});
