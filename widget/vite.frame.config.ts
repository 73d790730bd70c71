// Builds the chat frame (src/frame) into dist/frame/, served by the relay under /frame/ on its own origin.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { type MinifyOptions, minify } from 'terser';
import { defineConfig, type Plugin } from 'vite';
import { en } from './src/frame/i18n/en.ts';
import { TRANSLATIONS } from './src/frame/i18n/locales/index.ts';
import { enLater } from './src/frame/later/en-later.ts';

/** The order load-translation.ts reads values in (its UI_KEYS is the same Object.keys(en)). */
const UI_KEYS = Object.keys(en) as (keyof typeof en)[];
/** The same for the strings of the on-demand parts, read by later/later-strings.ts. */
const LATER_KEYS = Object.keys(enLater) as (keyof typeof enLater)[];

/** Names the strings folder after the keys: a frame and the strings it reads always agree on their order. */
const stringsFolder = createHash('sha256')
  .update(`${UI_KEYS.join('\n')}\n\n${LATER_KEYS.join('\n')}`)
  .digest('hex')
  .slice(0, 10);

/**
 * Writes each UI language as i18n/<keys>/<language>.json (what opening the chat needs) and
 * i18n/<keys>/later/<language>.json (what later/ needs), values in key order.
 */
function uiStrings(): Plugin {
  return {
    name: 'parley-ui-strings',
    generateBundle() {
      for (const [language, strings] of Object.entries(TRANSLATIONS)) {
        for (const [folder, keys] of [
          [stringsFolder, UI_KEYS],
          [`${stringsFolder}/later`, LATER_KEYS],
        ] as const) {
          this.emitFile({
            type: 'asset',
            fileName: `i18n/${folder}/${language}.json`,
            source: JSON.stringify(keys.map((key: keyof typeof strings) => strings[key])),
          });
        }
      }
    },
  };
}

/**
 * Vite wraps every dynamic import in its preload helper (0.5 kB gzip in the entry), even with modulePreload off and
 * nothing to preload: the on-demand chunks import only modules the entry already has, and later/ injects its own
 * styles. This unwraps the dynamic imports after Vite's transform, so the helper is never bundled.
 */
function plainLaterImport(): Plugin {
  return {
    name: 'parley-plain-later-import',
    apply: 'build',
    transform: {
      order: 'post',
      handler(code, id) {
        if (!code.includes('__vitePreload')) return null;
        const plain = code
          .replace(/^import \{ __vitePreload \} from [^;]+;/m, '')
          .replace(/__vitePreload\(\(\) => (import\([^)]*\)),[^)]*__VITE_PRELOAD__[^)]*\)/g, '$1');
        if (plain.includes('__vitePreload')) this.error(`${id}: the preload wrapper changed shape.`);
        return { code: plain, map: null };
      },
    },
  };
}

/**
 * Terser packs this bundle about 0.6 kB (gzip) tighter than esbuild: room that the 30 kB budget needs. `module` lets
 * it mangle top-level names; pure_getters trusts that reading a property has no side effect. Like Preact's own build
 * (its mangle.json), `_private` members are renamed: engine.io and socket.io keep their internals there, and that is
 * 0.4 kB gzip. `_placeholder` crosses the wire (binary packets), so it stays.
 */
const TERSER_OPTIONS: MinifyOptions = {
  ecma: 2020,
  module: true,
  compress: { passes: 3, pure_getters: true },
  mangle: { properties: { regex: /^_[a-zA-Z]/, reserved: ['_placeholder'] } },
};

/**
 * Minifies every chunk with one shared name cache, one chunk at a time. Renamed `_private` members must get the same
 * name in every chunk: the long-polling transport (its own chunk) extends engine.io's Transport (in the entry), and
 * Vite's own terser step minifies each chunk on its own, so a member could be `t` in one and `e` in the other.
 */
function terserWithSharedNames(): Plugin {
  const nameCache = {};
  let queue: Promise<unknown> = Promise.resolve();
  return {
    name: 'parley-terser-shared-names',
    apply: 'build',
    // After Vite's own renderChunk steps (its esbuild pass would print the code out again).
    renderChunk: {
      order: 'post',
      handler(code) {
        const minified = queue.then(() => minify(code, { ...TERSER_OPTIONS, nameCache }));
        queue = minified.catch(() => {});
        return minified.then((result) => ({ code: result.code ?? code, map: null }));
      },
    },
  };
}

export default defineConfig({
  root: 'src/frame',
  base: '/frame/',
  publicDir: false,
  plugins: [uiStrings(), plainLaterImport(), terserWithSharedNames()],
  define: { __PARLEY_UI_STRINGS__: JSON.stringify(stringsFolder) },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  resolve: {
    // engine.io-client's transport table is the only importer of these two paths; see left-out-transports.ts.
    // (polling-fallback.ts imports the real long-polling transport through the package entry, not through them.)
    alias: [
      {
        find: /^\.\/(webtransport|polling-xhr\.node)\.js$/,
        replacement: fileURLToPath(new URL('src/frame/connection/left-out-transports.ts', import.meta.url)),
      },
    ],
  },
  build: {
    outDir: '../../dist/frame',
    emptyOutDir: true,
    target: 'es2020',
    // The on-demand chunk (later/) imports only what the entry already loaded and injects its own styles, so
    // Vite's preload helper would be bytes spent on nothing.
    modulePreload: false,
    // Every chunk but the entry is loaded on demand; the size budgets tell them apart by this prefix.
    rollupOptions: {
      output: { chunkFileNames: 'assets/later-[name]-[hash].js' },
      // engine.io-client's entry re-exports its long-polling transports, whose modules probe XMLHttpRequest at load;
      // that probe is not a side effect the chat needs, so the transports can stay in polling-fallback.ts's chunk.
      treeshake: {
        moduleSideEffects: (id) => !/engine\.io-client\/build\/esm\/transports\/polling/.test(id),
      },
    },
    // Scripts are minified by terserWithSharedNames instead; styles as usual.
    minify: false,
    cssMinify: 'esbuild',
    sourcemap: false,
  },
});
