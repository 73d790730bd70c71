// The team dashboard: headline figures and volume charts for a date range and buyer language, with a CSV export.
import { INTENT_LABELS, type Intent, LANGUAGE_NAMES, languageName } from '@parley/shared';
import { useEffect, useId, useState } from 'preact/hooks';
import { type Bar, BarChart } from './BarChart.tsx';
import {
  defaultFilter,
  type FetchLike,
  fetchTeamMetrics,
  fetchTeamMetricsCsv,
  filterProblem,
  formatDuration,
  formatRate,
  formatScore,
  type MetricsFilter,
  NO_DATA,
  sortedCounts,
  type TeamMetrics,
} from './team-metrics.ts';
import './dashboard.css';

type Load =
  | { state: 'loading' }
  | { state: 'loaded'; metrics: TeamMetrics }
  | { state: 'error'; message: string };

export function Dashboard(props: {
  relayUrl: string;
  token: string;
  onClose: () => void;
  /** The page's own fetch unless a test supplies one. */
  fetch?: FetchLike;
  /** "Today" for the default range; tests pin it. */
  now?: Date;
}) {
  const fetchFn = props.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const id = useId();
  const [filter, setFilter] = useState<MetricsFilter>(() => defaultFilter(props.now));
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [exportError, setExportError] = useState<string | null>(null);
  const problem = filterProblem(filter);
  const settings = { relayUrl: props.relayUrl, token: props.token };

  useEffect(() => {
    if (problem) return;
    // A newer filter wins: the previous request is aborted so a slow answer cannot overwrite a faster one.
    const controller = new AbortController();
    setLoad({ state: 'loading' });
    fetchTeamMetrics(fetchFn, settings, filter, controller.signal).then(
      (metrics) => setLoad({ state: 'loaded', metrics }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        setLoad({ state: 'error', message });
      },
    );
    return () => controller.abort();
  }, [props.relayUrl, props.token, filter.from, filter.to, filter.language, problem]);

  async function exportCsv() {
    setExportError(null);
    try {
      const csv = await fetchTeamMetricsCsv(fetchFn, settings, filter);
      // The export needs the bearer token, which a plain link cannot carry, so the file is handed over as a blob.
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `parley-team-${filter.from}-to-${filter.to}${filter.language ? `-${filter.language}` : ''}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch (error) {
      setExportError(`Could not export: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const metrics = load.state === 'loaded' ? load.metrics : null;

  return (
    <section class="dashboard" aria-labelledby={`${id}-title`} data-testid="dashboard">
      <header class="dashboard-header">
        <h1 id={`${id}-title`} class="dashboard-title">
          Team dashboard
        </h1>
        <button type="button" class="button button--ghost button--small" onClick={props.onClose}>
          Back to inbox
        </button>
      </header>
      <form class="dashboard-filters" onSubmit={(event) => event.preventDefault()}>
        <div class="field">
          <label for={`${id}-from`}>From</label>
          <input
            id={`${id}-from`}
            type="date"
            value={filter.from}
            max={filter.to}
            onInput={(event) => setFilter({ ...filter, from: event.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for={`${id}-to`}>To</label>
          <input
            id={`${id}-to`}
            type="date"
            value={filter.to}
            min={filter.from}
            onInput={(event) => setFilter({ ...filter, to: event.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for={`${id}-language`}>Buyer language</label>
          <select
            id={`${id}-language`}
            value={filter.language ?? ''}
            onChange={(event) => setFilter({ ...filter, language: event.currentTarget.value || null })}
          >
            <option value="">All languages</option>
            {Object.keys(LANGUAGE_NAMES).map((code) => (
              <option key={code} value={code}>
                {languageName(code)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          class="button button--small"
          disabled={problem !== null}
          onClick={() => void exportCsv()}
        >
          Export CSV
        </button>
      </form>
      {problem ? (
        <p class="notice notice--error" role="alert">
          {problem}
        </p>
      ) : load.state === 'error' ? (
        <p class="notice notice--error" role="alert">
          Could not load the figures: {load.message}
        </p>
      ) : null}
      {exportError ? (
        <p class="notice notice--error" role="alert">
          {exportError}
        </p>
      ) : null}
      <div class="dashboard-body" aria-busy={load.state === 'loading'}>
        {metrics ? (
          <Figures metrics={metrics} />
        ) : load.state === 'loading' ? (
          <p class="notice">Loading…</p>
        ) : null}
      </div>
    </section>
  );
}

function Figures({ metrics }: { metrics: TeamMetrics }) {
  return (
    <>
      <dl class="tiles">
        <Tile name="Conversations" value={String(metrics.conversations)} testId="tile-conversations" />
        <Tile
          name="First response"
          value={formatDuration(metrics.firstResponseSeconds.p50)}
          detail={`p90 ${formatDuration(metrics.firstResponseSeconds.p90)}`}
          testId="tile-first-response"
        />
        <Tile
          name="Resolution time"
          value={formatDuration(metrics.resolutionSeconds.p50)}
          detail={`p90 ${formatDuration(metrics.resolutionSeconds.p90)}`}
          testId="tile-resolution-time"
        />
        <Tile name="Resolved" value={formatRate(metrics.resolutionRate)} testId="tile-resolution-rate" />
        <Tile
          name="CSAT"
          value={formatScore(metrics.csat.average)}
          detail={`${metrics.csat.responses} ${metrics.csat.responses === 1 ? 'response' : 'responses'}`}
          testId="tile-csat"
        />
        <Tile name="Urgent" value={String(metrics.urgentConversations)} testId="tile-urgent" />
        <Tile
          name="Suggestions used"
          value={formatRate(metrics.suggestions.acceptanceRate)}
          detail={`${metrics.suggestions.used} of ${metrics.suggestions.shown}`}
          testId="tile-suggestions"
        />
        <Tile
          name="Bot contained"
          value={formatRate(metrics.bot.containmentRate)}
          detail={`${metrics.bot.handedOff} handed off`}
          testId="tile-bot"
        />
        <Tile
          name="Intent corrections"
          value={String(metrics.intentCorrections.count)}
          testId="tile-corrections"
        />
      </dl>
      <div class="charts">
        <BarChart
          title="Conversations by language"
          testId="chart-language"
          bars={bars(metrics.volumeByLanguage, languageName)}
        />
        <BarChart
          title="Conversations by market"
          testId="chart-market"
          bars={bars(metrics.volumeByMarket, marketName)}
        />
        <BarChart title="Intents" testId="chart-intent" bars={bars(metrics.intents, intentName)} />
      </div>
    </>
  );
}

function Tile(props: { name: string; value: string; detail?: string; testId: string }) {
  return (
    <div class="tile" data-testid={props.testId} data-empty={props.value === NO_DATA ? 'true' : undefined}>
      <dt class="tile-name">{props.name}</dt>
      <dd class="tile-value">{props.value}</dd>
      {props.detail ? <dd class="tile-detail">{props.detail}</dd> : null}
    </div>
  );
}

function bars(counts: Record<string, number>, label: (key: string) => string): Bar[] {
  return sortedCounts(counts).map(([key, value]) => ({ key, label: label(key), value }));
}

function intentName(intent: string): string {
  return INTENT_LABELS[intent as Intent] ?? intent;
}

const regionNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return null;
  }
})();

function marketName(code: string): string {
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    // Not a region code the runtime knows (e.g. "unknown"): the code itself is the most honest label.
    return code;
  }
}
