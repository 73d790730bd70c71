// A merchant page with a strict Content-Security-Policy: the lines the README tells merchants to add are enough
// for the widget to load, open and chat, and the browser reports no violation.
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

let relay: RelayProcess;

test.beforeAll(async () => {
  relay = await spawnRelay();
});

test.afterAll(async () => {
  await closeShops();
  await relay?.stop();
});

test('the widget works on a page whose CSP allows only the README lines, with a nonce', async () => {
  const nonce = 'bm9uY2UtZm9yLXBhcmxleQ';
  // Exactly what README.md documents, with the relay's origin filled in.
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' ${relay.url}`,
    `style-src 'self' 'nonce-${nonce}'`,
    `frame-src ${relay.url}`,
    `connect-src 'self' ${relay.url}`,
  ].join('; ');
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const seen: string[] = [];
      (globalThis as { cspViolations?: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const page = await openShop(context, relay.url, { headers: { 'content-security-policy': csp }, nonce });
    const chat = await openChat(page);
    // The launcher's own styles applied: it is a fixed, round button, not an unstyled one in the page flow.
    const position = await page
      .locator('#parley-widget')
      .getByRole('button', { name: /chat/i })
      .evaluate((button) => getComputedStyle(button).position);
    expect(position).toBe('fixed');
    const input = chat.getByTestId('composer-input');
    await input.fill('Is this shop CSP-friendly?');
    await input.press('Enter');
    await expect(chat.locator('[data-author="visitor"][data-status="sent"]')).toHaveCount(1);
    await agentReplies(relay, await onlyConversation(relay), 'Yes, it is.');
    await expect(chat.locator('[data-author="agent"]', { hasText: 'Yes, it is.' })).toBeVisible();
    expect(await page.evaluate(() => (globalThis as { cspViolations?: string[] }).cspViolations)).toEqual([]);
  } finally {
    await browser.close();
  }
});
