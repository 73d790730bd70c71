// The team dashboard in the web console, against a real relay process: signed in with the demo agent token, the
// agent opens it from the inbox, reads figures (a fresh relay has none: "—", never a made-up 0), narrows it to
// one language and downloads the same range as CSV.
import { readFile } from 'node:fs/promises';
import { type RelayProcess, spawnRelay } from '@parley/relay/testing/relay-process';
import { type BrowserContext, expect, test } from '@playwright/test';
import { launchWithExtension } from './browser.ts';

let relay: RelayProcess;
let context: BrowserContext;
let token: string;

test.beforeAll(async () => {
  relay = await spawnRelay();
  token = await relay.demoAgentToken();
  ({ context } = await launchWithExtension());
});

test.afterAll(async () => {
  await context?.close();
  await relay?.stop();
});

test('the dashboard shows the team figures, filters by language and exports CSV', async () => {
  const page = await context.newPage();
  try {
    await page.goto(`${relay.url}/console/`);
    await page.getByLabel('Agent token').fill(token);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('connection-status')).toContainText('Connected');

    const metricsRequest = page.waitForRequest((r) => r.url().includes('/api/v1/metrics/team'));
    await page.getByRole('button', { name: 'Dashboard' }).click();
    expect(new URL((await metricsRequest).url()).searchParams.get('since')).toBeTruthy();
    const dashboard = page.getByTestId('dashboard');
    await expect(dashboard.getByTestId('tile-conversations').locator('.tile-value')).toHaveText('0');
    await expect(dashboard.getByTestId('tile-first-response').locator('.tile-value')).toHaveText('—');
    await expect(dashboard.getByTestId('tile-resolution-rate').locator('.tile-value')).toHaveText('—');
    await expect(dashboard.getByTestId('chart-language')).toContainText('No conversations in this range.');

    const thai = page.waitForResponse(
      (r) => new URL(r.url()).searchParams.get('language') === 'th' && r.url().includes('/metrics/team'),
    );
    await page.getByLabel('Buyer language').selectOption('th');
    expect((await thai).status()).toBe(200);

    const download = page.waitForEvent('download');
    await dashboard.getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^parley-team-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}-th\.csv$/);
    expect((await readFile((await file.path())!, 'utf8')).split('\n')[0]).toBe('metric,key,value');

    await page.getByRole('button', { name: 'Back to inbox' }).click();
    await expect(page.getByTestId('connection-status')).toBeVisible();
  } finally {
    await page.close();
  }
});
