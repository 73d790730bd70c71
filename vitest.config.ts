import { defineConfig } from 'vitest/config';

// One vitest run covers every package's unit and integration tests; e2e runs in Playwright instead.
export default defineConfig({
  test: {
    projects: ['shared', 'relay', 'relay/vitest.processes.config.ts', 'widget', 'extension'],
  },
});
