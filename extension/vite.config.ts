// Builds the unpacked Chrome extension into dist/ (load it with chrome://extensions → Load unpacked).
import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest from './manifest.config.ts';

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  plugins: [crx({ manifest })],
  build: { outDir: 'dist', emptyOutDir: true, target: 'chrome116' },
});
