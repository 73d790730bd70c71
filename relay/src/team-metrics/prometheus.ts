// Team metrics in Prometheus, over the last 24 hours of conversations, read from the database on scrape. The
// figures are cached for a minute: a scrape every few seconds must not turn into a query every few seconds.
import { Gauge, type Registry } from 'prom-client';
import type { TeamMetrics } from './compute.ts';

const CACHE_MS = 60_000;

export function registerTeamGauges(registry: Registry, load: () => Promise<TeamMetrics>): void {
  let cached: { at: number; metrics: Promise<TeamMetrics> } | undefined;
  const current = () => {
    if (!cached || Date.now() - cached.at > CACHE_MS) cached = { at: Date.now(), metrics: load() };
    return cached.metrics;
  };
  const gauge = (
    name: string,
    help: string,
    labelNames: string[],
    read: (m: TeamMetrics, g: Gauge) => void,
  ) =>
    new Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      async collect() {
        this.reset();
        read(await current(), this);
      },
    });
  const set = (g: Gauge, value: number | null, labels: Record<string, string> = {}) => {
    if (value !== null) g.set(labels, value);
  };
  gauge('parley_team_conversations_24h', 'Conversations started in the last 24 hours.', [], (m, g) =>
    set(g, m.conversations),
  );
  gauge(
    'parley_team_first_response_seconds_24h',
    'First response by a person, conversations of the last 24 hours.',
    ['quantile'],
    (m, g) => {
      set(g, m.firstResponseSeconds.p50, { quantile: '0.5' });
      set(g, m.firstResponseSeconds.p90, { quantile: '0.9' });
    },
  );
  gauge(
    'parley_team_resolution_rate_24h',
    'Share of the last 24 hours’ conversations resolved.',
    [],
    (m, g) => set(g, m.resolutionRate),
  );
  gauge(
    'parley_team_conversations_by_language_24h',
    'Conversations by buyer language.',
    ['language'],
    (m, g) => {
      for (const [language, count] of Object.entries(m.volumeByLanguage)) g.set({ language }, count);
    },
  );
  gauge('parley_team_bot_containment_rate_24h', 'Bot conversations no person had to answer.', [], (m, g) =>
    set(g, m.bot.containmentRate),
  );
  gauge('parley_team_suggestion_acceptance_rate_24h', 'Suggestions used / shown.', [], (m, g) =>
    set(g, m.suggestions.acceptanceRate),
  );
}
