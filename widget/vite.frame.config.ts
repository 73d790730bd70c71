// Builds the chat frame (src/frame) into dist/frame/, served by the relay under /frame/ on its own origin.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { en } from './src/frame/i18n/en.ts';
import { TRANSLATIONS } from './src/frame/i18n/locales/index.ts';

/** The order load-translation.ts reads values in (its UI_KEYS is the same Object.keys(en)). */
const UI_KEYS = Object.keys(en) as (keyof typeof en)[];

/** Names the strings folder after the keys: a frame and the strings it reads always agree on their order. */
const stringsFolder = createHash('sha256').update(UI_KEYS.join('\n')).digest('hex').slice(0, 10);

/** Writes each UI language as i18n/<keys>/<language>.json, its values in key order, for load-translation.ts. */
function uiStrings(): Plugin {
  return {
    name: 'parley-ui-strings',
    generateBundle() {
      for (const [language, strings] of Object.entries(TRANSLATIONS)) {
        this.emitFile({
          type: 'asset',
          fileName: `i18n/${stringsFolder}/${language}.json`,
          source: JSON.stringify(UI_KEYS.map((key) => strings[key])),
        });
      }
    },
  };
}

export default defineConfig({
  root: 'src/frame',
  base: '/frame/',
  publicDir: false,
  plugins: [uiStrings()],
  define: { __PARLEY_UI_STRINGS__: JSON.stringify(stringsFolder) },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  resolve: {
    // engine.io-client's transport table is the only importer of './webtransport.js'; see no-webtransport.ts.
    alias: [
      {
        find: /^\.\/webtransport\.js$/,
        replacement: fileURLToPath(new URL('src/frame/connection/no-webtransport.ts', import.meta.url)),
      },
    ],
  },
  build: {
    outDir: '../../dist/frame',
    emptyOutDir: true,
    target: 'es2020',
    // The frame is one entry with one chunk, so the preload polyfill would be bytes spent on nothing.
    modulePreload: { polyfill: false },
    // Terser packs this bundle about 0.6 kB (gzip) tighter than esbuild: room that the 30 kB budget needs.
    minify: 'terser',
    // `module` lets terser mangle top-level names; pure_getters trusts that reading a property has no side effect.
    // Like Preact's own build (its mangle.json), `_private` members are renamed: engine.io and socket.io keep their
    // internals there, and that is 0.4 kB gzip. `_placeholder` crosses the wire (binary packets), so it stays.
    terserOptions: {
      ecma: 2020,
      module: true,
      compress: { passes: 3, pure_getters: true },
      mangle: { properties: { regex: /^_[a-zA-Z]/, reserved: ['_placeholder'] } },
    },
    sourcemap: false,
  },
});
