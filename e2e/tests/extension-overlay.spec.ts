// The page overlay as an agent lives it, in a real Chromium with the unpacked extension and a real relay: each
// site adapter's saved page is served under the site's own address, buyer messages get a translation and an
// intent, the agent's own messages get nothing, and a suggestion lands in the page's composer where the page's
// own Send button sends it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RelayProcess, repoRoot, spawnRelay } from '@parley/relay/testing/relay-process';
import { type BrowserContext, expect, type Page, test, type Worker } from '@playwright/test';
import { SITE_ADAPTERS } from '../../extension/src/sites/registry.ts';
import type { SiteAdapter } from '../../extension/src/sites/site-adapter.ts';
import { launchWithExtension, signInOverlay } from './browser.ts';

/** Where each saved page is served, and the page's own Send button. */
const PAGES: Record<string, { url: string; send: string }> = {
  shopee: { url: 'https://seller.shopee.co.th/webchat/conversations', send: '[data-testid="chat-send"]' },
  amazon: { url: 'https://sellercentral.amazon.de/messaging/inbox', send: '#send-reply' },
  lazada: { url: 'https://sellercenter.lazada.vn/apps/im/chat', send: '.im-send' },
  'tiktok-shop': { url: 'https://seller-th.tiktok.com/chat', send: '[data-e2e="im-send-btn"]' },
  zendesk: {
    url: 'https://acme.zendesk.com/agent/tickets/4821',
    send: '[data-test-id="submit_button-button"]',
  },
  freshdesk: { url: 'https://acme.freshdesk.com/a/tickets/1207', send: '[data-test-id="send-button"]' },
  gorgias: { url: 'https://acme.gorgias.com/app/ticket/55120', send: '[data-testid="send-button"]' },
  intercom: {
    url: 'https://app.intercom.com/a/inbox/abc/inbox/conversation/9001',
    send: '[data-test-composer-send]',
  },
  generic: { url: 'https://help.example-desk.test/tickets/77', send: '#send' },
};
const LAZY_URL = 'https://seller.shopee.co.th/webchat/long';
const fixture = (id: string) => readFileSync(join(repoRoot, 'extension/test/fixtures', `${id}.html`), 'utf8');
const originOf = (url: string) => `${new URL(url).origin}/*`;

let relay: RelayProcess;
let context: BrowserContext;
let worker: Worker;

test.beforeAll(async () => {
  // Rate limits off: the long-chat test analyses dozens of messages in a few seconds from one address.
  relay = await spawnRelay({ env: { PARLEY_RATE_LIMITS: 'off' } });
  const token = await relay.demoAgentToken();
  const origins = Object.values(PAGES).map((page) => originOf(page.url));
  ({ context, worker } = await launchWithExtension({ grantedOrigins: origins }));
  await signInOverlay(worker, { relayUrl: relay.url, token }, new Set(origins).size);
  for (const [id, page] of Object.entries(PAGES)) {
    await context.route(page.url, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: fixture(id) }),
    );
  }
  await context.route(LAZY_URL, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: readFileSync(join(repoRoot, 'e2e/fixtures/lazy-chat.html'), 'utf8'),
    }),
  );
});

test.afterAll(async () => {
  await context?.close();
  await relay?.stop();
});

/** How many of the page's non-buyer messages carry anything from Parley. */
function annotatedNonBuyer(page: Page, adapter: SiteAdapter): Promise<number> {
  return page.evaluate(
    ({ message, buyer }) =>
      [...document.querySelectorAll(message)].filter(
        (m) =>
          !m.matches(buyer) && (m.querySelector('parley-annotation') || m.hasAttribute('data-parley-state')),
      ).length,
    { message: adapter.selectors.message, buyer: adapter.selectors.buyerMessage },
  );
}

for (const adapter of SITE_ADAPTERS) {
  test(`${adapter.name}: buyer messages are annotated and a suggestion is sent by the page itself`, async () => {
    const page = await context.newPage();
    try {
      await page.goto(PAGES[adapter.id]!.url);
      const buyerWithText = page
        .locator(adapter.selectors.message)
        .and(page.locator(adapter.selectors.buyerMessage))
        .filter({ has: page.locator(adapter.selectors.text) });
      const count = await buyerWithText.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const message = buyerWithText.nth(i);
        await expect(message.locator('parley-annotation')).toHaveCount(1);
        await expect(message.locator('[data-testid="parley-intent"]')).not.toHaveText('');
        // Offline relay, no on-device model in a fresh headless profile: the agent is told, not misled.
        await expect(message.locator('[data-testid="parley-translation"]')).toHaveText(
          /^Translation offline/,
        );
      }
      expect(await annotatedNonBuyer(page, adapter)).toBe(0);

      const first = page.getByTestId('parley-suggestion').first();
      await expect(first).toBeVisible();
      const reply = (await first.getByTestId('parley-suggestion-text').textContent()) ?? '';
      const promises = (await first.textContent())?.includes('Promises:');
      // Keyboard on half the sites, mouse on the others: both must reach the page's composer.
      if (adapter.id.length % 2 === 0) await page.keyboard.press('Alt+1');
      else await first.click();
      if (promises) await page.getByRole('button', { name: 'Insert anyway' }).click();
      await page.locator(PAGES[adapter.id]!.send).click();
      const sent = page.locator('[data-sent-by-page]');
      await expect(sent).toHaveText(reply);
      await expect(sent.locator('parley-annotation')).toHaveCount(0);
    } finally {
      await page.close();
    }
  });
}

test('a Thai allergy on Shopee is flagged as product safety with high urgency', async () => {
  const page = await context.newPage();
  try {
    await page.goto(PAGES.shopee!.url);
    const allergy = page.locator('.chat-message-item--received', { hasText: 'แพ้ค่ะ ผื่นขึ้น' });
    await expect(allergy.getByTestId('parley-intent')).toHaveText('⚠ Product safety — answer personally');
    await expect(allergy.getByTestId('parley-urgency')).toHaveText('High urgency');
  } finally {
    await page.close();
  }
});

test('a lazily loaded chat of 200 messages: only what was on screen is analysed, each message once', async () => {
  const page = await context.newPage();
  try {
    await page.goto(LAZY_URL);
    const list = page.getByTestId('chat-message-list');
    // Jump to the bottom until the page has loaded every batch; rows in the middle of a batch never show.
    for (let loaded = 20; loaded < 200; loaded += 20) {
      await expect(list).toHaveAttribute('data-loaded', String(loaded));
      await list.evaluate((el) => {
        el.scrollTop = el.scrollHeight;
      });
    }
    await expect(list).toHaveAttribute('data-loaded', '200');
    await list.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    const row = (n: number) => page.locator(`[data-row="${n}"]`);
    await expect(row(198).locator('parley-annotation')).toHaveCount(1);
    await expect(row(198).getByTestId('parley-intent')).not.toHaveText('');

    // Never on screen: seen and waiting, but not analysed.
    await expect(row(104)).toHaveAttribute('data-parley-state', 'waiting');
    await expect(row(104).locator('parley-annotation')).toHaveCount(0);
    // Scrolled to, it is analysed.
    await row(104).scrollIntoViewIfNeeded();
    await expect(row(104).locator('parley-annotation')).toHaveCount(1);

    const counts = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('[data-row]')];
      return {
        rows: rows.length,
        duplicated: rows.filter((r) => r.querySelectorAll('parley-annotation').length > 1).length,
        sellerAnnotated: rows.filter(
          (r) => r.matches('.chat-message-item--sent') && r.querySelector('parley-annotation'),
        ).length,
        annotated: rows.filter((r) => r.querySelector('parley-annotation')).length,
        buyer: rows.filter((r) => r.matches('.chat-message-item--received')).length,
      };
    });
    expect(counts).toMatchObject({ rows: 200, duplicated: 0, sellerAnnotated: 0, buyer: 100 });
    expect(counts.annotated).toBeLessThan(counts.buyer);
  } finally {
    await page.close();
  }
});
