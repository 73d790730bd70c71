// First-response SLA warnings for the conversation list, from `GET /api/v1/queue` (the relay decides what is
// overdue, so every agent sees the same warning), re-read on an interval while the inbox is open.
import { useEffect, useState } from 'preact/hooks';
import { authorisedGet, type FetchLike } from '../relay-http/authorised-get.ts';

export interface SlaWarning {
  waitingSeconds: number;
}

/** Overdue conversations by id; the others are left out. */
export type SlaWarnings = Readonly<Record<string, SlaWarning>>;

const REFRESH_MS = 30_000;

export async function fetchSlaWarnings(
  fetchFn: FetchLike,
  settings: { relayUrl: string; token: string },
  signal?: AbortSignal,
): Promise<SlaWarnings> {
  const response = await authorisedGet(fetchFn, settings, `${settings.relayUrl}/api/v1/queue`, signal);
  const body = (await response.json()) as {
    data?: { id?: unknown; waitingSeconds?: unknown; firstResponseOverdue?: unknown }[];
  };
  const warnings: Record<string, SlaWarning> = {};
  for (const row of body.data ?? []) {
    if (
      typeof row.id === 'string' &&
      row.firstResponseOverdue === true &&
      typeof row.waitingSeconds === 'number'
    ) {
      warnings[row.id] = { waitingSeconds: row.waitingSeconds };
    }
  }
  return warnings;
}

/** Keeps the last good answer: a failed refresh leaves the warnings the agent already saw. */
export function useSlaWarnings(
  settings: { relayUrl: string; token: string } | null,
  fetchFn: FetchLike,
  refreshMs = REFRESH_MS,
): SlaWarnings {
  const [warnings, setWarnings] = useState<SlaWarnings>({});
  const relayUrl = settings?.relayUrl;
  const token = settings?.token;
  useEffect(() => {
    if (!relayUrl || !token) return;
    const controller = new AbortController();
    const refresh = () =>
      fetchSlaWarnings(fetchFn, { relayUrl, token }, controller.signal).then(setWarnings, () => {});
    void refresh();
    const timer = setInterval(refresh, refreshMs);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, [relayUrl, token, refreshMs]);
  return warnings;
}

/** "No reply for 6 min" — how long the buyer has waited, rounded as an agent would say it. */
export function slaText(warning: SlaWarning): string {
  const minutes = Math.floor(warning.waitingSeconds / 60);
  if (minutes < 60) return `No reply for ${Math.max(1, minutes)} min`;
  return `No reply for ${Math.floor(minutes / 60)} h`;
}
