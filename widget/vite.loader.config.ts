// Builds the loader (src/loader) into one self-contained IIFE, dist/widget.js, the file merchants' pages load.
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    // Terser saves a few dozen bytes over esbuild here; every byte counts against the 3 kB budget.
    minify: 'terser',
    terserOptions: { compress: { passes: 3 } },
    sourcemap: false,
    lib: {
      entry: 'src/loader/index.ts',
      formats: ['iife'],
      name: 'ParleyLoader',
      fileName: () => 'widget.js',
    },
  },
});
