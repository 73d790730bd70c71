// Every site adapter, listed explicitly (no glob imports) so a meta-test can check nothing is left out.
// Order matters: the first adapter whose patterns match a page wins, so the catch-all generic one is last.
import { amazon } from './amazon.ts';
import { freshdesk } from './freshdesk.ts';
import { generic } from './generic.ts';
import { gorgias } from './gorgias.ts';
import { intercom } from './intercom.ts';
import { lazada } from './lazada.ts';
import { matchesPattern } from './match-pattern.ts';
import { shopee } from './shopee.ts';
import type { SiteAdapter } from './site-adapter.ts';
import { tiktokShop } from './tiktok-shop.ts';
import { zendesk } from './zendesk.ts';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  shopee,
  amazon,
  lazada,
  tiktokShop,
  zendesk,
  freshdesk,
  gorgias,
  intercom,
  generic,
];

/** Every host pattern an adapter may need, for the manifest's optional host permissions. */
export function adapterHostPatterns(adapters: readonly SiteAdapter[] = SITE_ADAPTERS): string[] {
  return [...new Set(adapters.flatMap((adapter) => adapter.matches))];
}

/** The adapter for a page, or undefined when none applies. */
export function adapterForUrl(
  url: string,
  adapters: readonly SiteAdapter[] = SITE_ADAPTERS,
): SiteAdapter | undefined {
  return adapters.find((adapter) => adapter.matches.some((pattern) => matchesPattern(pattern, url)));
}
