// The widget when the relay is not there: at page load it never throws into the merchant's page, and when the relay
// dies mid-conversation the shopper sees it, keeps typing, and their messages arrive once it is back.
import { freePort, type RelayProcess, spawnRelay } from '@parley/relay/testing/relay-process';
import { expect, test } from '@playwright/test';
import { closeShops, launchChromium, openChat, openShop, visitorTexts } from './widget-harness.ts';

let relay: RelayProcess | undefined;

test.afterAll(async () => {
  await closeShops();
  await relay?.stop();
});

test('a relay that is down when the page loads never throws into the host page', async () => {
  relay = await spawnRelay();
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const errors: Error[] = [];
    context.on('weberror', (error) => errors.push(error.error()));
    // The page is the merchant's; only the relay is gone. Its port is one nothing listens on.
    const deadRelay = `http://127.0.0.1:${await freePort()}`;
    const shop = await openShop(context, relay.url, {
      noWidget: true,
      body: `<h1>Shop</h1><script>
        window.Parley = window.Parley || function () { (window.Parley.q = window.Parley.q || []).push(arguments); };
        Parley('open'); Parley('identify', { name: 'Mai' });
      </script><script src="${deadRelay}/widget.js" data-site="pk_missing" async></script>
      <button id="buy" onclick="this.textContent = 'Added'">Add to cart</button>`,
    });
    // The page's own scripts keep working and the stub keeps queueing, without errors.
    await shop.getByRole('button', { name: 'Add to cart' }).click();
    await expect(shop.getByRole('button', { name: 'Added' })).toBeVisible();
    await shop.evaluate(() => (window as unknown as { Parley: (command: string) => void }).Parley('toggle'));
    expect(
      await shop.evaluate(() => (window as unknown as { Parley: { q: unknown[] } }).Parley.q.length),
    ).toBe(3);

    // widget.js loaded (say from a cache), then the relay went away before the shopper opened the chat.
    const page = await openShop(context, relay.url);
    await expect(
      page.locator('#parley-widget').getByRole('button', { name: 'Chat', expanded: false }),
    ).toBeVisible();
    await relay.kill();
    await page.locator('#parley-widget').getByRole('button', { name: 'Chat', expanded: false }).click();
    await expect(
      page.locator('#parley-widget').getByRole('button', { name: 'Chat', expanded: true }),
    ).toBeVisible();
    await page.getByRole('heading', { name: 'Shop' }).click(); // The page stays usable around the empty frame.
    expect(errors).toEqual([]);
    relay = undefined;
  } finally {
    await browser.close();
  }
});

test('the relay dying mid-conversation shows as offline, and what the shopper sent meanwhile arrives after', async () => {
  relay ??= await spawnRelay();
  const browser = await launchChromium();
  try {
    const page = await openShop(await browser.newContext(), relay.url);
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    const chat = await openChat(page);
    const input = chat.getByTestId('composer-input');
    await input.fill('Before the outage');
    await input.press('Enter');
    await expect(chat.locator('[data-author="visitor"][data-status="sent"]')).toHaveCount(1);

    const { dataDir, port, adminToken } = relay;
    await relay.kill();
    await expect(chat.getByTestId('connection-status')).toHaveText(/Offline/);
    await input.fill('During the outage');
    await input.press('Enter');
    await expect(chat.locator('[data-author="visitor"][data-status="sending"] .text')).toHaveText([
      'During the outage',
    ]);

    // The same relay comes back on the same address with the same data, as after a crash and restart.
    relay = await spawnRelay({ dataDir, port, adminToken });
    await expect(chat.locator('[data-author="visitor"][data-status="sent"] .text')).toHaveText(
      ['Before the outage', 'During the outage'],
      { timeout: 45_000 },
    );
    await expect(chat.getByTestId('connection-status')).toHaveText('');
    expect(await visitorTexts(relay)).toEqual(['Before the outage', 'During the outage']);
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
