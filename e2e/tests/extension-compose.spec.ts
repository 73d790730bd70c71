// Compose assist as an agent lives it, in a real Chromium with the unpacked extension and an offline relay: on the
// Shopee page the agent writes in English, sees the Thai the buyer would read (offline: the closest vetted script)
// and what it means, inserts it, and the page's own Send button sends the Thai.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RelayProcess, repoRoot, spawnRelay } from '@parley/relay/testing/relay-process';
import { type BrowserContext, expect, test, type Worker } from '@playwright/test';
import { launchWithExtension, signInOverlay } from './browser.ts';

const SHOPEE_URL = 'https://seller.shopee.co.th/webchat/conversations';
const fixture = readFileSync(join(repoRoot, 'extension/test/fixtures/shopee.html'), 'utf8');
/** Close to the product-safety script, so the offline engine has a Thai version to offer. */
const DRAFT =
  'Please stop using the product right away and see a doctor if you feel unwell. Our staff will contact you.';

let relay: RelayProcess;
let context: BrowserContext;
let worker: Worker;

test.beforeAll(async () => {
  relay = await spawnRelay({ env: { PARLEY_RATE_LIMITS: 'off' } });
  const token = await relay.demoAgentToken();
  ({ context, worker } = await launchWithExtension({ grantedOrigins: [`${new URL(SHOPEE_URL).origin}/*`] }));
  await signInOverlay(worker, { relayUrl: relay.url, token }, 1);
  await context.route(SHOPEE_URL, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: fixture }),
  );
});

test.afterAll(async () => {
  await context?.close();
  await relay?.stop();
});

test('an English draft is adapted to Thai, checked by its meaning, and sent by the page itself', async () => {
  const page = await context.newPage();
  try {
    await page.goto(SHOPEE_URL);
    // The buyer's language comes from the relay's answer to their latest message.
    await expect(page.getByTestId('parley-suggestion').first()).toBeVisible();

    const draft = page.getByLabel('Write in your language');
    await draft.fill(DRAFT);
    await draft.press('Control+Enter');

    const thai = page.getByTestId('parley-compose-text');
    await expect(thai).toHaveAttribute('lang', 'th');
    await expect(thai).toContainText('หยุดใช้');
    await expect(page.getByTestId('parley-compose-back')).toHaveText(/^Means: .*stop using/i);
    // Offline there is no free-text translation: the agent is told this is the closest script, not their words.
    await expect(page.getByTestId('parley-compose-status')).toContainText('closest scripted reply');
    const adapted = (await thai.textContent()) ?? '';

    await page.getByRole('button', { name: 'Insert', exact: true }).click();
    await expect(page.locator('textarea.chat-input-textarea')).toHaveValue(adapted);
    await page.locator('[data-testid="chat-send"]').click();
    const sent = page.locator('[data-sent-by-page]');
    await expect(sent).toHaveText(adapted);
    await expect(sent).toContainText('หยุดใช้');
  } finally {
    await page.close();
  }
});
