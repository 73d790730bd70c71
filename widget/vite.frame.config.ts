// Builds the chat frame (src/frame) into dist/frame/, served by the relay under /frame/ on its own origin.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'src/frame',
  base: '/frame/',
  publicDir: false,
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: '../../dist/frame',
    emptyOutDir: true,
    target: 'es2020',
    // The frame is one entry with one chunk, so the preload polyfill would be bytes spent on nothing.
    modulePreload: { polyfill: false },
    // Terser packs this bundle about 0.6 kB (gzip) tighter than esbuild: room that the 30 kB budget needs.
    minify: 'terser',
    terserOptions: { compress: { passes: 2 } },
    sourcemap: false,
  },
});
