// The open chat passes axe-core with no serious or critical violations, in English and in a right-to-left language.
import { createRequire } from 'node:module';
import { type RelayProcess, spawnRelay } from '@parley/relay/testing/relay-process';
import { expect, type Page, test } from '@playwright/test';
import { closeShops, launchChromium, openChat, openShop } from './widget-harness.ts';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe inside the chat frame (the host page cannot reach into the relay's origin; Playwright can). */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const frame = page.frames().find((candidate) => new URL(candidate.url()).pathname === '/frame/');
  if (!frame) throw new Error('The chat frame is not loaded.');
  await frame.addScriptTag({ path: axeSource });
  const violations = await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

let relay: RelayProcess;

test.beforeAll(async () => {
  relay = await spawnRelay();
});

test.afterAll(async () => {
  await closeShops();
  await relay?.stop();
});

for (const locale of ['en-US', 'ar']) {
  test(`the open chat in ${locale} has no serious or critical accessibility violations`, async () => {
    const browser = await launchChromium();
    try {
      const page = await openShop(await browser.newContext(), relay.url, { data: { locale } });
      const chat = await openChat(page);
      await chat.getByTestId('composer-input').fill('Where is my order #A-1042?');
      await chat.getByTestId('composer-input').press('Enter');
      await expect(chat.locator('[data-author="visitor"][data-status="sent"]')).toHaveCount(1);
      const serious = await axeViolations(page);
      expect(
        serious.map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes[0]?.target)}`),
      ).toEqual([]);
    } finally {
      await browser.close();
    }
  });
}
