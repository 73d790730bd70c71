// The agent's persona as they live it, in a real Chromium with the unpacked extension and a real relay: the gender
// chosen in the side panel's options decides how the suggested Thai replies on a seller page end (ครับ for a man,
// ค่ะ for a woman), whatever persona the relay stores for the agent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RelayProcess, repoRoot, spawnRelay } from '@parley/relay/testing/relay-process';
import { type BrowserContext, expect, type Page, test, type Worker } from '@playwright/test';
import { launchWithExtension, signInOverlay } from './browser.ts';

const SHOPEE_URL = 'https://seller.shopee.co.th/webchat/conversations';
const fixture = readFileSync(join(repoRoot, 'extension/test/fixtures/shopee.html'), 'utf8');

let relay: RelayProcess;
let context: BrowserContext;
let worker: Worker;
let extensionId: string;

test.beforeAll(async () => {
  relay = await spawnRelay({ env: { PARLEY_RATE_LIMITS: 'off' } });
  const token = await relay.demoAgentToken();
  ({ context, worker, extensionId } = await launchWithExtension({
    grantedOrigins: [`${new URL(SHOPEE_URL).origin}/*`],
  }));
  await signInOverlay(worker, { relayUrl: relay.url, token }, 1);
  await context.route(SHOPEE_URL, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: fixture }),
  );
});

test.afterAll(async () => {
  await context?.close();
  await relay?.stop();
});

/** The top suggestion for the Thai allergy message the Shopee page ends with. */
async function topSuggestion(page: Page): Promise<string> {
  await page.goto(SHOPEE_URL);
  const first = page.getByTestId('parley-suggestion-text').first();
  await expect(first).not.toHaveText('');
  return (await first.textContent())?.trim() ?? '';
}

test('the gender chosen in the options picks ครับ or ค่ะ in the suggested Thai replies', async () => {
  const panel = await context.newPage();
  const seller = await context.newPage();
  try {
    await panel.goto(`chrome-extension://${extensionId}/src/sidepanel/index.html`);
    await panel.getByRole('button', { name: 'Settings' }).click();
    const gender = panel.getByLabel('Gender for polite forms');

    await gender.selectOption('male');
    await expect(panel.getByText('Saved. Pages you open from now on use it.')).toBeVisible();
    const asMan = await topSuggestion(seller);
    expect(asMan).toMatch(/ครับ$/);
    expect(asMan).not.toMatch(/ค่ะ|คะ/);

    await gender.selectOption('female');
    await expect
      .poll(() =>
        worker.evaluate(async () => {
          const local = chrome.storage.local as unknown as {
            get(key: string): Promise<Record<string, { gender?: string }>>;
          };
          return (await local.get('parley.overlay'))['parley.overlay']?.gender;
        }),
      )
      .toBe('female');
    const asWoman = await topSuggestion(seller);
    expect(asWoman).toMatch(/ค่ะ$/);
    expect(asWoman).not.toContain('ครับ');
  } finally {
    await seller.close();
    await panel.close();
  }
});
