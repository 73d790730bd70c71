// Pairing: an agent signed in to the web console gets a one-time code and types it into the extension's side panel,
// which trades it for a token of its own and connects; the code works once.
import { type RelayProcess, spawnRelay } from '@parley/relay/testing/relay-process';
import { expect, test } from '@playwright/test';
import { launchWithExtension } from './browser.ts';

let relay: RelayProcess;

test.beforeAll(async () => {
  relay = await spawnRelay();
});

test.afterAll(async () => {
  await relay?.stop();
});

test('a code from the web console signs the extension in, once', async () => {
  const demoAgentToken = await relay.demoAgentToken();
  const { context, extensionId } = await launchWithExtension();
  try {
    const consolePage = await context.newPage();
    await consolePage.goto(`${relay.url}/console/`);
    await consolePage.getByLabel('Agent token').fill(demoAgentToken);
    await consolePage.getByRole('button', { name: 'Save' }).click();
    await expect(consolePage.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected');
    await consolePage.getByRole('button', { name: 'Settings' }).click();
    await consolePage.getByRole('button', { name: 'Get a pairing code' }).click();
    const code = (await consolePage.getByTestId('pairing-code').locator('strong').textContent()) ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/src/sidepanel/index.html`);
    await panel.getByLabel('Relay URL').fill(relay.url);
    await panel.getByLabel('Agent token or pairing code').fill(code.toLowerCase());
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect(panel.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected');

    const tokens = await fetch(`${relay.url}/api/v1/agents/me/tokens`, {
      headers: { authorization: `Bearer ${demoAgentToken}` },
    });
    expect(((await tokens.json()) as { data: { label: string }[] }).data.map((token) => token.label)).toEqual(
      ['Chrome extension'],
    );

    // Used up: the same code signs nothing else in.
    const again = await fetch(`${relay.url}/api/v1/pairing/exchange`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    expect(again.status).toBe(401);
  } finally {
    await context.close();
  }
});
