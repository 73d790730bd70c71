// @vitest-environment node
// The meta-test of "one file per site": every adapter file is registered, has a saved page and tests, and the
// manifest lets Chrome ask for each of its hosts.
/// <reference types="node" />
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import manifest from '../manifest.config.ts';
import { SITE_ADAPTERS } from '../src/sites/registry.ts';

const here = dirname(fileURLToPath(import.meta.url));
const sitesDir = join(here, '../src/sites');
/** Files in src/sites that are the adapters' shared machinery rather than a site. */
const NOT_SITES = new Set(['site-adapter.ts', 'registry.ts', 'page-reader.ts', 'match-pattern.ts']);

const adapterFiles = readdirSync(sitesDir)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !NOT_SITES.has(file))
  .map((file) => file.replace(/\.ts$/, ''));

describe('site adapter registry', () => {
  it('registers every adapter file, once, under its file name', () => {
    expect(SITE_ADAPTERS.map((adapter) => adapter.id).sort()).toEqual([...adapterFiles].sort());
    expect(new Set(SITE_ADAPTERS.map((adapter) => adapter.id)).size).toBe(SITE_ADAPTERS.length);
  });

  it('covers the seller centres and helpdesks agents work in', () => {
    expect(adapterFiles.sort()).toEqual(
      [
        'amazon',
        'freshdesk',
        'generic',
        'gorgias',
        'intercom',
        'lazada',
        'shopee',
        'tiktok-shop',
        'zendesk',
      ].sort(),
    );
  });

  it('lists the catch-all generic adapter last, so it never shadows a specific one', () => {
    expect(SITE_ADAPTERS.at(-1)?.id).toBe('generic');
  });

  it.each(SITE_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))(
    '%s has a saved page and tests',
    (id) => {
      expect(existsSync(join(here, 'fixtures', `${id}.html`)), `test/fixtures/${id}.html`).toBe(true);
      expect(existsSync(join(sitesDir, `${id}.test.ts`)), `src/sites/${id}.test.ts`).toBe(true);
    },
  );

  it.each(SITE_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))(
    '%s declares its hosts as optional host permissions',
    async (_id, adapter) => {
      const resolved = (typeof manifest === 'function'
        ? await manifest({ command: 'build', mode: 'production' })
        : await manifest) as unknown as { host_permissions?: string[]; optional_host_permissions?: string[] };
      const declared = [...(resolved.host_permissions ?? []), ...(resolved.optional_host_permissions ?? [])];
      for (const pattern of adapter.matches) expect(declared).toContain(pattern);
    },
  );
});
