// The team dashboard against a fake relay: the figures an agent reads, "—" where there is no data, and filters
// that change what is asked for.
import { describe, expect, it } from 'vitest';
import {
  click,
  get,
  getAll,
  getButton,
  getByLabel,
  mount,
  textOf,
  typeInto,
  waitFor,
} from '../../test/dom.ts';
import { Dashboard } from './Dashboard.tsx';
import type { TeamMetrics } from './team-metrics.ts';

const FIGURES: TeamMetrics = {
  since: '2026-01-01T00:00:00.000Z',
  until: '2026-01-31T00:00:00.000Z',
  conversations: 42,
  firstResponseSeconds: { p50: 95, p90: 1800 },
  resolutionSeconds: { p50: 7200, p90: 172_800 },
  resolutionRate: 0.75,
  csat: { average: 4.25, responses: 12 },
  volumeByLanguage: { th: 20, de: 2, vi: 20 },
  volumeByMarket: { TH: 20, VN: 20, DE: 2 },
  intents: { product_safety: 3, order_status: 30 },
  urgentConversations: 3,
  suggestions: { shown: 90, used: 30, acceptanceRate: 0.333 },
  bot: { conversations: 10, contained: 6, handedOff: 4, containmentRate: 0.6, handoffRate: 0.4 },
  intentCorrections: { count: 2, byIntent: { order_status: 2 } },
};

const EMPTY: TeamMetrics = {
  ...FIGURES,
  conversations: 0,
  firstResponseSeconds: { p50: null, p90: null },
  resolutionSeconds: { p50: null, p90: null },
  resolutionRate: null,
  csat: { average: null, responses: 0 },
  volumeByLanguage: {},
  volumeByMarket: {},
  intents: {},
  urgentConversations: 0,
  suggestions: { shown: 0, used: 0, acceptanceRate: null },
  bot: { conversations: 0, contained: 0, handedOff: 0, containmentRate: null, handoffRate: null },
  intentCorrections: { count: 0, byIntent: {} },
};

/** A relay that answers every request with `answer`, remembering what was asked and with which token. */
function fakeRelay(answer: (url: URL) => Response = () => Response.json({ data: FIGURES })) {
  const requests: { url: URL; authorization: string | null }[] = [];
  const fetch = async (url: string, init: RequestInit) => {
    const parsed = new URL(url);
    requests.push({ url: parsed, authorization: new Headers(init.headers).get('authorization') });
    return answer(parsed);
  };
  return { fetch, requests, last: () => requests.at(-1)!.url };
}

function tile(root: HTMLElement, testId: string): string {
  return textOf(get(root, `[data-testid="${testId}"] .tile-value`));
}

function barsOf(root: HTMLElement, testId: string): string[] {
  return getAll(root, `[data-testid="${testId}"] .chart-row`).map(
    (row) => `${textOf(row.querySelector('.chart-label')!)}: ${textOf(row.querySelector('.chart-value')!)}`,
  );
}

const NOW = new Date('2026-03-15T12:00:00');

describe('Dashboard', () => {
  it('shows the headline figures and the volume charts, largest first', async () => {
    const relay = fakeRelay();
    const root = await mount(
      <Dashboard
        relayUrl="http://relay.test"
        token="agent-token"
        onClose={() => {}}
        fetch={relay.fetch}
        now={NOW}
      />,
    );
    await waitFor(() => expect(tile(root, 'tile-conversations')).toBe('42'));

    expect(relay.requests[0]!.authorization).toBe('Bearer agent-token');
    expect(relay.last().pathname).toBe('/api/v1/metrics/team');
    expect(tile(root, 'tile-first-response')).toBe('2 min');
    expect(textOf(get(root, '[data-testid="tile-first-response"] .tile-detail'))).toBe('p90 30 min');
    expect(tile(root, 'tile-resolution-time')).toBe('2 h');
    expect(textOf(get(root, '[data-testid="tile-resolution-time"] .tile-detail'))).toBe('p90 2 d');
    expect(tile(root, 'tile-resolution-rate')).toBe('75%');
    expect(tile(root, 'tile-csat')).toBe('4.3');
    expect(tile(root, 'tile-urgent')).toBe('3');
    expect(tile(root, 'tile-suggestions')).toBe('33%');
    expect(tile(root, 'tile-bot')).toBe('60%');

    expect(barsOf(root, 'chart-language')).toEqual(['Thai: 20', 'Vietnamese: 20', 'German: 2']);
    expect(barsOf(root, 'chart-market')).toEqual(['Thailand: 20', 'Vietnam: 20', 'Germany: 2']);
    expect(barsOf(root, 'chart-intent')[0]).toMatch(/: 30$/);
    expect(barsOf(root, 'chart-intent')[1]).toMatch(/: 3$/);
  });

  it('shows "—" for figures with no data, never 0', async () => {
    const relay = fakeRelay(() => Response.json({ data: EMPTY }));
    const root = await mount(
      <Dashboard relayUrl="http://relay.test" token="t" onClose={() => {}} fetch={relay.fetch} now={NOW} />,
    );
    await waitFor(() => expect(tile(root, 'tile-conversations')).toBe('0'));
    for (const id of [
      'tile-first-response',
      'tile-resolution-time',
      'tile-resolution-rate',
      'tile-csat',
      'tile-suggestions',
      'tile-bot',
    ]) {
      expect(tile(root, id), id).toBe('—');
    }
    expect(textOf(get(root, '[data-testid="tile-first-response"] .tile-detail'))).toBe('p90 —');
    expect(textOf(get(root, '[data-testid="chart-language"]'))).toContain('No conversations in this range.');
  });

  it('asks for the last 30 days by default, and the date and language filters change the query', async () => {
    const relay = fakeRelay();
    const root = await mount(
      <Dashboard relayUrl="http://relay.test" token="t" onClose={() => {}} fetch={relay.fetch} now={NOW} />,
    );
    await waitFor(() => expect(tile(root, 'tile-conversations')).toBe('42'));
    expect(getByLabel(root, 'From').value).toBe('2026-02-14');
    expect(getByLabel(root, 'To').value).toBe('2026-03-15');
    expect(relay.last().searchParams.get('since')).toBe(new Date('2026-02-14T00:00:00').toISOString());
    // The end day is included: the range runs to the midnight after it.
    expect(relay.last().searchParams.get('until')).toBe(new Date('2026-03-16T00:00:00').toISOString());
    expect(relay.last().searchParams.has('language')).toBe(false);

    await typeInto(getByLabel(root, 'From'), '2026-01-01');
    await waitFor(() =>
      expect(relay.last().searchParams.get('since')).toBe(new Date('2026-01-01T00:00:00').toISOString()),
    );

    const language = getByLabel<HTMLSelectElement>(root, 'Buyer language');
    language.value = 'th';
    language.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => expect(relay.last().searchParams.get('language')).toBe('th'));
    expect(relay.last().searchParams.get('since')).toBe(new Date('2026-01-01T00:00:00').toISOString());
  });

  it('explains a backwards range instead of asking the relay', async () => {
    const relay = fakeRelay();
    const root = await mount(
      <Dashboard relayUrl="http://relay.test" token="t" onClose={() => {}} fetch={relay.fetch} now={NOW} />,
    );
    await waitFor(() => expect(relay.requests).toHaveLength(1));
    await typeInto(getByLabel(root, 'From'), '2026-04-01');
    expect(textOf(get(root, '[role="alert"]'))).toBe('The start date must be on or before the end date.');
    expect(relay.requests).toHaveLength(1);
    expect(getButton(root, 'Export CSV').disabled).toBe(true);
  });

  it('says what the relay refused', async () => {
    const relay = fakeRelay(() =>
      Response.json({ error: { code: 'unauthorized', message: 'The token has expired.' } }, { status: 401 }),
    );
    const root = await mount(
      <Dashboard relayUrl="http://relay.test" token="t" onClose={() => {}} fetch={relay.fetch} now={NOW} />,
    );
    await waitFor(() =>
      expect(textOf(get(root, '[role="alert"]'))).toBe('Could not load the figures: The token has expired.'),
    );
  });

  it('exports the same range as CSV with the token', async () => {
    const relay = fakeRelay((url) =>
      url.searchParams.get('format') === 'csv'
        ? new Response('metric,key,value\nconversations,,42\n', { headers: { 'content-type': 'text/csv' } })
        : Response.json({ data: FIGURES }),
    );
    const downloads: string[] = [];
    const originalClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    };
    try {
      const root = await mount(
        <Dashboard relayUrl="http://relay.test" token="t" onClose={() => {}} fetch={relay.fetch} now={NOW} />,
      );
      await waitFor(() => expect(tile(root, 'tile-conversations')).toBe('42'));
      await click(getButton(root, 'Export CSV'));
      await waitFor(() => expect(downloads).toEqual(['parley-team-2026-02-14-to-2026-03-15.csv']));
      const csvRequest = relay.requests.find((r) => r.url.searchParams.get('format') === 'csv')!;
      expect(csvRequest.authorization).toBe('Bearer t');
      expect(csvRequest.url.searchParams.get('since')).toBe(relay.requests[0]!.url.searchParams.get('since'));
    } finally {
      HTMLAnchorElement.prototype.click = originalClick;
    }
  });
});
