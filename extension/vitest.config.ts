// The extension's unit and component tests, in happy-dom; part of the root `vitest run`.
import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'extension',
    environment: 'happy-dom',
    include: ['src/**/*.test.ts?(x)', 'test/**/*.test.ts?(x)'],
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
});
