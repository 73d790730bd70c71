// An Arabic shopper gets the chat in Arabic, laid out right to left; the screenshot is kept for a human to look at.
import { type RelayProcess, spawnRelay } from '@parley/relay/testing/relay-process';
import { expect, test } from '@playwright/test';
import {
  agentReplies,
  closeShops,
  launchChromium,
  onlyConversation,
  openChat,
  openShop,
} from './widget-harness.ts';

const QUESTION = 'مرحبا، متى يصل طلبي؟';
const REPLY = 'Your parcel left our warehouse today.';

let relay: RelayProcess;

test.beforeAll(async () => {
  relay = await spawnRelay();
});

test.afterAll(async () => {
  await closeShops();
  await relay?.stop();
});

test('data-locale="ar" gives an Arabic, right-to-left chat', async () => {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 900, height: 760 } });
    const page = await openShop(context, relay.url, { data: { locale: 'ar' } });
    const chat = await openChat(page);

    await expect(chat.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(chat.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(chat.getByTestId('composer-input')).toHaveAttribute('placeholder', 'اكتب رسالة…');
    await expect(chat.getByRole('button', { name: 'إرسال' })).toBeVisible();
    await expect(chat.getByText('اسألنا عن أي شيء، وسنرد عليك بلغتك.')).toBeVisible();

    await chat.getByTestId('composer-input').fill(QUESTION);
    await chat.getByRole('button', { name: 'إرسال' }).click();
    const mine = chat.locator('[data-author="visitor"][data-status="sent"]');
    await expect(mine).toBeVisible();
    await agentReplies(relay, await onlyConversation(relay), REPLY);
    const theirs = chat.locator('[data-author="agent"]');
    await expect(theirs).toBeVisible();

    // Mirrored: the shopper's bubble sits on the left, the shop's on the right, the send button left of the box.
    const [mineBox, theirsBox, input, send] = await Promise.all([
      mine.boundingBox(),
      theirs.boundingBox(),
      chat.getByTestId('composer-input').boundingBox(),
      chat.getByTestId('composer-send').boundingBox(),
    ]);
    expect(mineBox!.x).toBeLessThan(theirsBox!.x);
    expect(send!.x).toBeLessThan(input!.x);

    await page.screenshot({ path: test.info().outputPath('widget-arabic.png') });
  } finally {
    await browser.close();
  }
});
