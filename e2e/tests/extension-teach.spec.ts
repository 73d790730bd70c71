// "Teach this page" as an agent lives it, in a real Chromium with the unpacked extension and a real relay: on a
// helpdesk no adapter knows, two clicks (a buyer message, the reply box) make Parley annotate every buyer message
// and never the agent's, and the lesson is remembered for the site after a reload. A helpdesk built from web
// components (everything in open shadow roots) is taught from the side panel, and forgotten there again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RelayProcess, repoRoot, spawnRelay } from '@parley/relay/testing/relay-process';
import { type BrowserContext, expect, test, type Worker } from '@playwright/test';
import { launchWithExtension, signInOverlay } from './browser.ts';

const DESK_URL = 'https://desk.acme-support.test/tickets/4821';
const DESK_ORIGIN = new URL(DESK_URL).origin;
const fixture = readFileSync(join(repoRoot, 'extension/test/teach-fixtures/helpdesk.html'), 'utf8');
const ORBIT_URL = 'https://orbit.desk-components.test/tickets/77';
const ORBIT_ORIGIN = new URL(ORBIT_URL).origin;
const shadowFixture = readFileSync(
  join(repoRoot, 'extension/test/teach-fixtures/shadow-helpdesk.html'),
  'utf8',
);

let relay: RelayProcess;
let context: BrowserContext;
let worker: Worker;
let extensionId: string;

test.beforeAll(async () => {
  relay = await spawnRelay({ env: { PARLEY_RATE_LIMITS: 'off' } });
  const token = await relay.demoAgentToken();
  ({ context, worker, extensionId } = await launchWithExtension({
    grantedOrigins: [`${DESK_ORIGIN}/*`, `${ORBIT_ORIGIN}/*`],
  }));
  await signInOverlay(worker, { relayUrl: relay.url, token }, 2);
  await context.route(DESK_URL, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: fixture }),
  );
  await context.route(ORBIT_URL, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: shadowFixture }),
  );
});

/** The stored lesson for an origin, read in the service worker. */
function storedLesson(origin: string): Promise<Record<string, string> | undefined> {
  return worker.evaluate(async (origin) => {
    // extension-globals.d.ts declares only `set`; the worker's real storage area has `get` too.
    const local = chrome.storage.local as unknown as {
      get(key: string): Promise<Record<string, Record<string, { selectors: Record<string, string> }>>>;
    };
    const { 'parley.taughtSites': sites } = await local.get('parley.taughtSites');
    return sites?.[origin]?.selectors;
  }, origin);
}

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

    const stored = await storedLesson(DESK_ORIGIN);
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

test('a web-component helpdesk is taught from the side panel through its shadow roots, and forgotten there', async () => {
  // The side panel's page, as a tab beside the helpdesk in the same window; the helpdesk is the active tab.
  const panel = await context.newPage();
  const desk = await context.newPage();
  try {
    await panel.goto(`chrome-extension://${extensionId}/src/sidepanel/index.html`);
    await panel.getByRole('button', { name: 'Settings' }).click();
    await desk.goto(ORBIT_URL);
    await desk.bringToFront();
    const buyer = desk.locator('li.from-customer');
    const agent = desk.locator('li.from-agent');
    await expect(buyer).toHaveCount(2);
    await expect(desk.locator('parley-annotation')).toHaveCount(0);

    await panel.getByRole('button', { name: 'Teach the page in this tab' }).click();
    await expect(
      panel.getByRole('status').filter({ hasText: 'In the page, click one message' }),
    ).toBeVisible();
    // Playwright's CSS pierces open shadow roots, as the agent's mouse does.
    await expect(desk.getByText('Click one message the buyer wrote.')).toBeVisible();
    await buyer.first().locator('p.text').click();
    await expect(desk.getByText('Now click the box where you type your reply.')).toBeVisible();
    await desk.getByRole('textbox', { name: 'Reply to customer' }).click();

    for (const message of await buyer.all()) {
      await expect(message.locator('parley-annotation')).toHaveCount(1);
      await expect(message.getByTestId('parley-intent')).not.toHaveText('');
    }
    await expect(agent.locator('parley-annotation')).toHaveCount(0);
    await expect(buyer.nth(1).getByTestId('parley-intent')).toHaveText(
      '⚠ Product safety — answer personally',
    );
    expect((await storedLesson(ORBIT_ORIGIN))?.composer).toContain(' >>> ');

    // A suggestion lands in the composer inside the shadow root, and the page's own Send sends it.
    const first = desk.getByTestId('parley-suggestion').first();
    await expect(first).toBeVisible();
    const reply = (await first.getByTestId('parley-suggestion-text').textContent()) ?? '';
    await first.click();
    if ((await first.textContent())?.includes('Promises:')) {
      await desk.getByRole('button', { name: 'Insert anyway' }).click();
    }
    await expect(desk.getByRole('textbox', { name: 'Reply to customer' })).toHaveValue(reply);
    await desk.locator('orbit-composer #send').click();
    await expect(desk.locator('[data-sent-by-page]')).toHaveText(reply);
    await expect(desk.locator('[data-sent-by-page] parley-annotation')).toHaveCount(0);

    // A buyer message the app appends inside its shadow root later is annotated too.
    await desk.evaluate(() =>
      (window as unknown as { orbitReceive(t: string): void }).orbitReceive('Hello? The rash is worse'),
    );
    await expect(buyer).toHaveCount(3);
    await expect(buyer.nth(2).locator('parley-annotation')).toHaveCount(1);

    // The options list the lesson as soon as it is saved; forgetting it stops the overlay on the next load.
    const lesson = panel.locator(`.taught-list li[data-origin="${ORBIT_ORIGIN}"]`);
    await expect(lesson).toContainText('(inside web components)');
    await panel.getByRole('button', { name: `Forget ${ORBIT_ORIGIN}` }).click();
    await expect(lesson).toHaveCount(0);
    expect(await storedLesson(ORBIT_ORIGIN)).toBeUndefined();
    await expect(panel.locator(`.taught-list li[data-origin="${DESK_ORIGIN}"]`)).toHaveCount(1);

    await desk.reload();
    await expect(desk.getByRole('button', { name: 'Teach this page' })).toBeVisible();
    await expect(desk.locator('parley-annotation')).toHaveCount(0);
  } finally {
    await desk.close();
    await panel.close();
  }
});
