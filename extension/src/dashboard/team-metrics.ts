// The team figures the dashboard shows: their wire shape, the query that asks for them, and how each is written.
import type { TeamMetricsReport } from '@parley/shared';
import { authorisedGet, type FetchLike } from '../relay-http/authorised-get.ts';

export type { FetchLike };

/** `GET /api/v1/metrics/team` → `data`, as the relay defines it. */
export type TeamMetrics = TeamMetricsReport;

/** What the agent picked: whole days (`YYYY-MM-DD`, both ends included) and optionally one buyer language. */
export interface MetricsFilter {
  from: string;
  to: string;
  language: string | null;
}

export const NO_DATA = '—';

const DAY_MS = 86_400_000;

function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The last 30 days including today, in the agent's own time zone. */
export function defaultFilter(now: Date = new Date()): MetricsFilter {
  return { from: isoDay(new Date(now.getTime() - 29 * DAY_MS)), to: isoDay(now), language: null };
}

/** Local midnight of a `YYYY-MM-DD` day: days start where the agent is, not in UTC. */
function localMidnight(day: string): Date {
  return new Date(`${day}T00:00:00`);
}

/** The relay's half-open range [since, until): the `to` day is included, so `until` is the midnight after it. */
export function metricsRange(filter: MetricsFilter): { since: string; until: string } {
  const until = localMidnight(filter.to);
  until.setDate(until.getDate() + 1);
  return { since: localMidnight(filter.from).toISOString(), until: until.toISOString() };
}

/** A plain sentence for a range the relay would refuse, or null when it is fine to ask. */
export function filterProblem(filter: MetricsFilter): string | null {
  const from = localMidnight(filter.from);
  const to = localMidnight(filter.to);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return 'Pick both a start and an end date.';
  if (from > to) return 'The start date must be on or before the end date.';
  if (to.getTime() - from.getTime() > 365 * DAY_MS) return 'Pick at most a year.';
  return null;
}

export function teamMetricsUrl(relayUrl: string, filter: MetricsFilter, format: 'json' | 'csv'): string {
  const url = new URL(`${relayUrl}/api/v1/metrics/team`);
  const { since, until } = metricsRange(filter);
  url.searchParams.set('since', since);
  url.searchParams.set('until', until);
  if (filter.language) url.searchParams.set('language', filter.language);
  if (format === 'csv') url.searchParams.set('format', 'csv');
  return url.toString();
}

/** Fetches with the agent's bearer token and turns a relay error body into a `ParleyError` with its code. */
export async function fetchTeamMetrics(
  fetchFn: FetchLike,
  settings: { relayUrl: string; token: string },
  filter: MetricsFilter,
  signal?: AbortSignal,
): Promise<TeamMetrics> {
  const response = await authorisedGet(
    fetchFn,
    settings,
    teamMetricsUrl(settings.relayUrl, filter, 'json'),
    signal,
  );
  const body = (await response.json()) as { data: TeamMetrics };
  return body.data;
}

/** The CSV export as text; the dashboard hands it to the browser as a file. */
export async function fetchTeamMetricsCsv(
  fetchFn: FetchLike,
  settings: { relayUrl: string; token: string },
  filter: MetricsFilter,
): Promise<string> {
  const response = await authorisedGet(fetchFn, settings, teamMetricsUrl(settings.relayUrl, filter, 'csv'));
  return response.text();
}

/** "42 s", "3 min", "2.5 h", "1.2 d" — a time an agent reads at a glance. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return NO_DATA;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < DAY_MS / 1000) return `${trimmed(seconds / 3600)} h`;
  return `${trimmed(seconds / 86_400)} d`;
}

export function formatRate(rate: number | null): string {
  return rate === null ? NO_DATA : `${Math.round(rate * 100)}%`;
}

export function formatScore(score: number | null): string {
  return score === null ? NO_DATA : score.toFixed(1);
}

function trimmed(value: number): string {
  return value >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}

/** Largest first, ties by key, so bars keep their place between two reloads of the same figures. */
export function sortedCounts(counts: Record<string, number>): [string, number][] {
  return Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
}
