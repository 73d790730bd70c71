// The walking skeleton, as a shopper and an agent live it: a Thai allergy question goes from the demo storefront's
// widget to the extension's side panel, marked as Thai, and the agent's reply comes back to the shopper.

import { type RelayProcess, spawnRelay } from '@parley/relay/testing/relay-process';
import { expect, type Page, test } from '@playwright/test';
import { launchWithExtension } from './browser.ts';

const THAI_ALLERGY = 'ใช้ครีมนี้แล้วแพ้ค่ะ ผื่นขึ้น ทำยังไงดีคะ';
const AGENT_REPLY = 'Please stop using the cream and rinse with cool water. A colleague will call you today.';

let relay: RelayProcess;
let demoAgentToken: string;

test.beforeAll(async () => {
  relay = await spawnRelay();
  demoAgentToken = await relay.demoAgentToken();
});

test.afterAll(async () => {
  await relay?.stop();
});

async function openSidePanel(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/src/sidepanel/index.html`);
  await page.getByLabel('Relay URL').fill(relay.url);
  await page.getByLabel('Agent token').fill(demoAgentToken);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected');
}

test('a Thai shopper and an agent exchange messages through widget, relay and extension', async () => {
  const { context, extensionId } = await launchWithExtension();
  try {
    const panel = await context.newPage();
    await openSidePanel(panel, extensionId);
    await expect(panel.getByTestId('conversation-row')).toHaveCount(0);

    // 1. The shopper opens the demo storefront and the chat.
    const store = await context.newPage();
    await store.goto(`${relay.url}/`);
    await store.getByRole('button', { name: 'Chat', expanded: false }).click();
    const chat = store.frameLocator('iframe[title="Chat"]');

    // 2. The shopper writes in Thai.
    await chat.getByRole('textbox').fill(THAI_ALLERGY);
    await chat.getByRole('button', { name: 'Send' }).click();
    const sent = chat.locator('[data-author="visitor"]', { hasText: THAI_ALLERGY });
    await expect(sent).toBeVisible();

    // 3. It appears live in the side panel, marked as Thai, with no reload.
    const row = panel.getByTestId('conversation-row');
    await expect(row).toHaveCount(1);
    await row.click();
    const message = panel.getByTestId('message').filter({ hasText: THAI_ALLERGY });
    await expect(message).toBeVisible();
    await expect(message.getByTestId('message-language')).toHaveText('Thai');
    await expect(message.getByTestId('message-intent')).toHaveText('Product safety');

    // 4. The agent replies.
    await panel.getByRole('textbox', { name: 'Reply' }).fill(AGENT_REPLY);
    await panel.getByRole('button', { name: 'Send' }).click();
    await expect(
      panel.locator('[data-testid="message"][data-author="agent"]', { hasText: AGENT_REPLY }),
    ).toBeVisible();

    // 5. The shopper sees the reply in the widget.
    await expect(chat.locator('[data-author="agent"]', { hasText: AGENT_REPLY })).toBeVisible();

    // The conversation survives a reload of the storefront, and the chat the shopper left open stays open.
    await store.reload();
    await expect(store.getByRole('button', { name: 'Chat', expanded: true })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    const reloaded = store.frameLocator('iframe[title="Chat"]');
    await expect(reloaded.locator('[data-author="visitor"]', { hasText: THAI_ALLERGY })).toBeVisible();
    await expect(reloaded.locator('[data-author="agent"]', { hasText: AGENT_REPLY })).toBeVisible();
  } finally {
    await context.close();
  }
});
