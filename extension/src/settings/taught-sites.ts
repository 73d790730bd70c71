// Sites the agent taught by clicking (one buyer message, the reply box): their derived selectors, per origin.
// Read by the content script on that origin only; it never holds the token or any relay setting.
import type { SiteSelectors } from '../sites/site-adapter.ts';
import type { StorageArea } from './storage-area.ts';

export const TAUGHT_SITES_KEY = 'parley.taughtSites';

export interface TaughtSite {
  /** `location.origin` of the page taught, e.g. `https://desk.example.com`. */
  origin: string;
  selectors: SiteSelectors;
  /** ISO time, so the agent can tell an old lesson from a fresh one. */
  taughtAt: string;
}

const SELECTOR_NAMES = ['messageList', 'message', 'buyerMessage', 'text', 'composer'] as const;

function parseSelectors(value: unknown): SiteSelectors | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const selectors: Partial<SiteSelectors> = {};
  for (const name of SELECTOR_NAMES) {
    const selector = record[name];
    if (typeof selector !== 'string' || selector.trim() === '' || selector.length > 1000) return null;
    selectors[name] = selector;
  }
  return selectors as SiteSelectors;
}

/** Reads the stored map defensively; an entry that does not parse is dropped, never half-used. */
export function parseTaughtSites(value: unknown): Record<string, TaughtSite> {
  if (typeof value !== 'object' || value === null) return {};
  const sites: Record<string, TaughtSite> = {};
  for (const [origin, entry] of Object.entries(value as Record<string, unknown>)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const selectors = parseSelectors((entry as Record<string, unknown>).selectors);
    const taughtAt = (entry as Record<string, unknown>).taughtAt;
    if (selectors)
      sites[origin] = { origin, selectors, taughtAt: typeof taughtAt === 'string' ? taughtAt : '' };
  }
  return sites;
}

export async function loadTaughtSite(area: StorageArea, origin: string): Promise<TaughtSite | undefined> {
  const stored = await area.get(TAUGHT_SITES_KEY);
  return parseTaughtSites(stored[TAUGHT_SITES_KEY])[origin];
}

export async function saveTaughtSite(area: StorageArea, site: TaughtSite): Promise<void> {
  const stored = await area.get(TAUGHT_SITES_KEY);
  const sites = parseTaughtSites(stored[TAUGHT_SITES_KEY]);
  await area.set({ [TAUGHT_SITES_KEY]: { ...sites, [site.origin]: site } });
}

export async function forgetTaughtSite(area: StorageArea, origin: string): Promise<void> {
  const stored = await area.get(TAUGHT_SITES_KEY);
  const { [origin]: _forgotten, ...rest } = parseTaughtSites(stored[TAUGHT_SITES_KEY]);
  await area.set({ [TAUGHT_SITES_KEY]: rest });
}
