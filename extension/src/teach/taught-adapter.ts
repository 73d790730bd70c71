// The adapter for a site the agent taught: the stored selectors, applying to that one origin only.
import type { TaughtSite } from '../settings/taught-sites.ts';
import { defineSiteAdapter, type SiteAdapter } from '../sites/site-adapter.ts';

export const TAUGHT_ADAPTER_ID = 'taught';

export function taughtAdapter(site: TaughtSite): SiteAdapter {
  return defineSiteAdapter({
    id: TAUGHT_ADAPTER_ID,
    name: `Taught: ${site.origin}`,
    matches: [`${site.origin}/*`],
    selectors: site.selectors,
  });
}
