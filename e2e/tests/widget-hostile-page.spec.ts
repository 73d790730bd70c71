// A merchant page that does its worst to the widget: resets every element, hides every div, stacks overlays at the
// highest z-index. The chat still opens, sends and shows the reply, and the page's own scripts cannot read it.
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

const QUESTION = 'Does the serum contain niacinamide?';
const REPLY = 'Yes, 5% niacinamide. It is fragrance free.';

const HOSTILE_CSS = `<style>
  * { all: unset !important; }
  div { display: none !important; }
  .overlay { display: block !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; background: rgb(255 0 0 / 0.2) !important; }
  .cookie-bar { display: block !important; position: fixed !important; bottom: 0 !important; left: 0 !important; right: 0 !important; height: 120px !important; z-index: 99999999999 !important; background: #fffbe6 !important; }
</style>`;
// Overlays are in the page's own markup, as a store's cookie bar and promo layer are: before the widget's tag.
const HOSTILE_BODY = `<div><h1>Hidden by the page's own rules</h1></div>
<section class="overlay" aria-hidden="true"></section>
<aside class="cookie-bar">We use cookies.</aside>`;

/** Runs in the host page: everything a host script can reach, open shadow roots and same-origin frames included. */
function readableText(): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element) {
      for (const attribute of node.attributes) parts.push(attribute.value);
      if (node.shadowRoot) walk(node.shadowRoot);
      if (node instanceof HTMLIFrameElement) {
        try {
          if (node.contentDocument) walk(node.contentDocument); // null for the relay's cross-origin frame
        } catch {
          // Cross-origin: unreadable, which is the point.
        }
      }
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(document);
  return parts.join('\n');
}

let relay: RelayProcess;

test.beforeAll(async () => {
  relay = await spawnRelay();
});

test.afterAll(async () => {
  await closeShops();
  await relay?.stop();
});

test('a page that resets, hides and covers everything still gets a working chat it cannot read', async () => {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await openShop(context, relay.url, { head: HOSTILE_CSS, body: HOSTILE_BODY });
    // Playwright's click fails if anything else would receive it: the launcher must be on top of the overlays.
    const chat = await openChat(page);
    await expect(page.locator('#parley-frame')).toBeVisible();
    const box = await page.locator('#parley-frame').boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(box?.height).toBeGreaterThan(300);

    await chat.getByTestId('composer-input').fill(QUESTION);
    await chat.getByRole('button', { name: 'Send' }).click();
    await expect(
      chat.locator('[data-author="visitor"][data-status="sent"]', { hasText: QUESTION }),
    ).toBeVisible();
    await agentReplies(relay, await onlyConversation(relay), REPLY);
    await expect(chat.locator('[data-author="agent"]', { hasText: REPLY })).toBeVisible();

    const hostCanRead = await page.evaluate(readableText);
    expect(hostCanRead).toContain('We use cookies.'); // The walk does reach the page's own text.
    expect(hostCanRead).not.toContain(QUESTION);
    expect(hostCanRead).not.toContain(REPLY);
  } finally {
    await browser.close();
  }
});
