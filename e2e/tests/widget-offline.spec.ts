// A shopper on a flaky connection: what they send while offline waits in the widget, and arrives once, in order,
// when they are back.
import { type RelayProcess, spawnRelay } from '@parley/relay/testing/relay-process';
import { expect, test } from '@playwright/test';
import { closeShops, launchChromium, openChat, openShop, visitorTexts } from './widget-harness.ts';

let relay: RelayProcess;

test.beforeAll(async () => {
  relay = await spawnRelay();
});

test.afterAll(async () => {
  await closeShops();
  await relay?.stop();
});

test('three messages sent offline reach the agent exactly once, in order, after reconnecting', async () => {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await openShop(context, relay.url);
    const chat = await openChat(page);
    const input = chat.getByTestId('composer-input');
    // The chat is live first, so the relay knows this shopper before the connection drops.
    await input.fill('Hello, is anyone there?');
    await input.press('Enter');
    await expect(chat.locator('[data-author="visitor"][data-status="sent"]')).toHaveCount(1);

    await context.setOffline(true);
    await expect(chat.getByTestId('connection-status')).toHaveText(/Offline/);
    const offline = ['First, while offline', 'Second, still offline', 'Third, last one'];
    for (const text of offline) {
      await input.fill(text);
      await input.press('Enter');
    }
    // Shown at once, marked as waiting, in the order typed.
    const waiting = chat.locator('[data-author="visitor"][data-status="sending"] .text');
    await expect(waiting).toHaveText(offline);
    expect(await visitorTexts(relay)).toEqual(['Hello, is anyone there?']);

    await context.setOffline(false);
    await expect(chat.locator('[data-author="visitor"][data-status="sent"] .text')).toHaveText(
      ['Hello, is anyone there?', ...offline],
      { timeout: 30_000 },
    );
    await expect(chat.getByTestId('connection-status')).toHaveText('');
    expect(await visitorTexts(relay)).toEqual(['Hello, is anyone there?', ...offline]);
  } finally {
    await browser.close();
  }
});
