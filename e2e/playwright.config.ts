import { defineConfig } from '@playwright/test';

// One worker: each spec starts its own relay and a persistent Chromium with the extension, which the
// 2-core CI machine runs best one at a time.
export default defineConfig({
  testDir: './tests',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: './test-results',
});
