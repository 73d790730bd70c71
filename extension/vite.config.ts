// Builds the unpacked Chrome extension into dist/ (load it with chrome://extensions → Load unpacked).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.config.ts';

/**
 * crxjs lists every `?iife` script as web-accessible on all sites, which would let any page detect Parley. The
 * overlay is injected by chrome.scripting, which needs no web-accessible entry, so that listing is dropped.
 */
function keepOverlayPrivate(): Plugin {
  return {
    name: 'parley:keep-overlay-private',
    enforce: 'post',
    // After crxjs has written its final manifest: it adds the listing in its own last hooks.
    writeBundle(options) {
      const file = join(options.dir ?? 'dist', 'manifest.json');
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as {
        web_accessible_resources?: Array<{ resources: string[] }>;
      };
      const kept = (parsed.web_accessible_resources ?? [])
        .map((entry) => ({
          ...entry,
          resources: entry.resources.filter((r) => !r.startsWith('src/content/')),
        }))
        .filter((entry) => entry.resources.length > 0);
      if (kept.length > 0) parsed.web_accessible_resources = kept;
      else delete parsed.web_accessible_resources;
      writeFileSync(file, `${JSON.stringify(parsed, null, 2)}\n`);
    },
  };
}

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  plugins: [crx({ manifest }), keepOverlayPrivate()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'chrome116' },
});
