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

/** The taught sites as the options list them: forgetting one takes effect on that site's next page load. */
export interface TaughtSitesStore {
  /** Every taught site, by origin. */
  list(): Promise<TaughtSite[]>;
  forget(origin: string): Promise<void>;
  /** Calls `onChange` when a lesson is saved or forgotten anywhere (a tab, another panel); returns a stop function. */
  watch(onChange: () => void): () => void;
}

/** `browser.storage.local.onChanged`, narrowed to what the store needs. */
export interface StorageChanges {
  addListener(listener: (changes: Record<string, unknown>) => void): void;
  removeListener(listener: (changes: Record<string, unknown>) => void): void;
}

export function createTaughtSitesStore(area: StorageArea, changes?: StorageChanges): TaughtSitesStore {
  return {
    async list() {
      const stored = await area.get(TAUGHT_SITES_KEY);
      return Object.values(parseTaughtSites(stored[TAUGHT_SITES_KEY])).sort((a, b) =>
        a.origin.localeCompare(b.origin),
      );
    },
    forget: (origin) => forgetTaughtSite(area, origin),
    watch(onChange) {
      if (!changes) return () => {};
      const listener = (changed: Record<string, unknown>) => {
        if (TAUGHT_SITES_KEY in changed) onChange();
      };
      changes.addListener(listener);
      return () => changes.removeListener(listener);
    },
  };
}
