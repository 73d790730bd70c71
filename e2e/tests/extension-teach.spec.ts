// "Teach this page" as an agent lives it, in a real Chromium with the unpacked extension and a real relay: on a
// helpdesk no adapter knows, two clicks (a buyer message, the reply box) make Parley annotate every buyer message
// and never the agent's, and the lesson is remembered for the site after a reload.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RelayProcess, repoRoot, spawnRelay } from '@parley/relay/testing/relay-process';
import { type BrowserContext, expect, test, type Worker } from '@playwright/test';
import { launchWithExtension } from './browser.ts';

const DESK_URL = 'https://desk.acme-support.test/tickets/4821';
const DESK_ORIGIN = new URL(DESK_URL).origin;
const fixture = readFileSync(join(repoRoot, 'extension/test/teach-fixtures/helpdesk.html'), 'utf8');

let relay: RelayProcess;
let context: BrowserContext;
let worker: Worker;

test.beforeAll(async () => {
  relay = await spawnRelay({ env: { PARLEY_RATE_LIMITS: 'off' } });
  const token = await relay.demoAgentToken();
  ({ context, worker } = await launchWithExtension({ grantedOrigins: [`${DESK_ORIGIN}/*`] }));
  await worker.evaluate(
    (settings) =>
      chrome.storage.local.set({ 'parley.settings': settings, 'parley.overlay': { agentLanguage: 'en' } }),
    { relayUrl: relay.url, token },
  );
  await expect
    .poll(() =>
      worker.evaluate(
        async () => (await chrome.scripting.getRegisteredContentScripts())[0]?.matches?.length ?? 0,
      ),
    )
    .toBe(1);
  await context.route(DESK_URL, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: fixture }),
  );
});

test.afterAll(async () => {
  await context?.close();
  await relay?.stop();
});

test('an unknown helpdesk is taught with two clicks, and remembered after a reload', async () => {
  const page = await context.newPage();
  try {
    await page.goto(DESK_URL);
    const buyer = page.locator('.from-customer');
    const agent = page.locator('.from-agent');
    await expect(page.getByRole('button', { name: 'Teach this page' })).toBeVisible();
    await expect(page.locator('parley-annotation')).toHaveCount(0);

    await page.getByRole('button', { name: 'Teach this page' }).click();
    await expect(page.getByText('Click one message the buyer wrote.')).toBeVisible();
    await buyer.first().locator('.body').click();
    await expect(page.getByText('Now click the box where you type your reply.')).toBeVisible();
    await page.getByRole('textbox', { name: 'Reply to customer' }).click();

    await expect(page.getByRole('button', { name: 'Teach this page' })).toHaveCount(0);
    for (const message of await buyer.all()) {
      await expect(message.locator('parley-annotation')).toHaveCount(1);
      await expect(message.getByTestId('parley-intent')).not.toHaveText('');
    }
    await expect(agent.locator('parley-annotation')).toHaveCount(0);
    // The rash message is the one an agent must not misread as a shipping question.
    await expect(buyer.nth(1).getByTestId('parley-intent')).toHaveText(
      '⚠ Product safety — answer personally',
    );

    const stored = await worker.evaluate(async (origin) => {
      // extension-globals.d.ts declares only `set`; the worker's real storage area has `get` too.
      const local = chrome.storage.local as unknown as {
        get(key: string): Promise<Record<string, Record<string, { selectors: Record<string, string> }>>>;
      };
      const { 'parley.taughtSites': sites } = await local.get('parley.taughtSites');
      return sites?.[origin]?.selectors;
    }, DESK_ORIGIN);
    expect(stored?.buyerMessage).toContain('.from-customer');

    await page.reload();
    await expect(buyer.first().locator('parley-annotation')).toHaveCount(1);
    await expect(buyer.nth(1).locator('parley-annotation')).toHaveCount(1);
    await expect(agent.locator('parley-annotation')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Teach this page' })).toHaveCount(0);
  } finally {
    await page.close();
  }
});
