// The shopper's side of a team that is not always there: with nobody signed in the chat says so and takes an email
// for the reply; a signed-in agent makes the notice go away live; a signed-in customer is verified by the merchant's
// hash; and a resolved conversation asks for a rating that lands in the team's CSAT.
import { createHmac } from 'node:crypto';
import { type RelayProcess, spawnRelay } from '@parley/relay/testing/relay-process';
import type {
  AgentClientToServerEvents,
  AgentServerToClientEvents,
  ConversationSummary,
} from '@parley/shared';
import { expect, test } from '@playwright/test';
import { io, type Socket } from 'socket.io-client';
import {
  closeShops,
  launchChromium,
  messagesOf,
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

/** The demo agent signs in, as the console or the extension would. */
async function agentSignsIn(): Promise<Socket<AgentServerToClientEvents, AgentClientToServerEvents>> {
  const agent: Socket<AgentServerToClientEvents, AgentClientToServerEvents> = io(`${relay.url}/agent`, {
    auth: { token: await relay.demoAgentToken() },
    transports: ['websocket'],
  });
  await new Promise<void>((resolve, reject) => {
    agent.once('session', () => resolve());
    agent.once('connect_error', reject);
  });
  return agent;
}

async function conversation(id: string): Promise<ConversationSummary> {
  return ((await (await relay.api(`/api/v1/conversations/${id}`)).json()) as { data: ConversationSummary })
    .data;
}

test('with nobody signed in the chat says so and takes an email; an agent signing in ends the notice', async () => {
  const browser = await launchChromium();
  try {
    const chat = await openChat(await openShop(await browser.newContext(), relay.url));
    const away = chat.getByTestId('away');
    await expect(away.getByRole('status')).toHaveText(
      "No one from the team is online right now. Leave a message and we'll reply as soon as we can.",
    );
    await chat.getByTestId('composer-input').fill('Do you restock the blue kettle?');
    await chat.getByTestId('composer-input').press('Enter');
    await expect(chat.locator('[data-author="visitor"][data-status="sent"]')).toHaveCount(1);

    await away.getByRole('button', { name: 'Get the reply by email' }).click();
    await away.getByRole('textbox', { name: 'Your email address' }).fill('mai@example.com');
    await away.getByRole('button', { name: 'Save' }).click();
    await expect(chat.getByTestId('email-saved')).toHaveText("We'll also reply to mai@example.com.");

    // The agent sees who to write to, and a note in the conversation, which the shopper does not see as a bubble.
    const id = await onlyConversation(relay);
    expect((await conversation(id)).visitor).toEqual({
      name: null,
      email: 'mai@example.com',
      userId: null,
      verified: false,
    });
    expect((await messagesOf(relay, id)).map((message) => message.author)).toEqual(['visitor', 'system']);
    await expect(chat.locator('[data-testid="message"]')).toHaveCount(1);

    const agent = await agentSignsIn();
    try {
      await expect(away).toHaveCount(0);
    } finally {
      agent.close();
    }
    await expect(away).toHaveCount(1); // The last agent left: the team is away again.
  } finally {
    await browser.close();
  }
});

test('a signed-in customer is verified by the merchant’s hash; a forged one is not', async () => {
  const sites = (await (await relay.api('/api/v1/sites')).json()) as { data: { id: string }[] };
  const siteId = sites.data[0]!.id;
  const secret = (
    (await (await relay.api(`/api/v1/sites/${siteId}/identity-secret`)).json()) as {
      data: { identitySecret: string };
    }
  ).data.identitySecret;
  const userHash = createHmac('sha256', secret).update('u_1042').digest('hex');

  const browser = await launchChromium();
  try {
    const stub = (identity: Record<string, string>) => `<h1>Shop</h1><script>
      window.Parley = window.Parley || function () { (window.Parley.q = window.Parley.q || []).push(arguments); };
      Parley('identify', ${JSON.stringify(identity)});
    </script>`;
    const forged = await openChat(
      await openShop(await browser.newContext(), relay.url, {
        body: stub({ userId: 'u_1042', userHash: '0'.repeat(64), name: 'Mallory' }),
      }),
    );
    await forged.getByTestId('composer-input').fill('I am customer 1042, honest');
    await forged.getByTestId('composer-input').press('Enter');
    await expect(forged.locator('[data-author="visitor"][data-status="sent"]')).toHaveCount(1);

    const signed = await openChat(
      await openShop(await browser.newContext(), relay.url, {
        body: stub({ userId: 'u_1042', userHash, name: 'Mai Tran', email: 'mai@example.com' }),
      }),
    );
    await signed.getByTestId('composer-input').fill('Where is order 1042?');
    await signed.getByTestId('composer-input').press('Enter');
    await expect(signed.locator('[data-author="visitor"][data-status="sent"]')).toHaveCount(1);

    const list = (await (await relay.api('/api/v1/conversations')).json()) as { data: ConversationSummary[] };
    const byText = (text: string) => list.data.find((row) => row.lastMessage?.text === text)?.visitor;
    await expect
      .poll(async () => {
        const rows = (
          (await (await relay.api('/api/v1/conversations')).json()) as { data: ConversationSummary[] }
        ).data;
        return rows.find((row) => row.lastMessage?.text === 'Where is order 1042?')?.visitor;
      })
      .toEqual({ name: 'Mai Tran', email: 'mai@example.com', userId: 'u_1042', verified: true });
    expect(byText('I am customer 1042, honest')).toEqual({
      name: null,
      email: null,
      userId: null,
      verified: false,
    });
  } finally {
    await browser.close();
  }
});

test('a resolved conversation asks for a rating, and the rating is the team’s CSAT', async () => {
  const browser = await launchChromium();
  try {
    const chat = await openChat(await openShop(await browser.newContext(), relay.url));
    await chat.getByTestId('composer-input').fill('The parcel arrived, thanks!');
    await chat.getByTestId('composer-input').press('Enter');
    await expect(chat.locator('[data-author="visitor"][data-status="sent"]')).toHaveCount(1);
    const list = (await (await relay.api('/api/v1/conversations?status=open')).json()) as {
      data: ConversationSummary[];
    };
    const id = list.data.find((row) => row.lastMessage?.text === 'The parcel arrived, thanks!')!.id;

    const before = (await (await relay.api('/api/v1/metrics/team')).json()) as {
      data: { csat: { average: number | null; responses: number } };
    };
    const resolved = await relay.api(`/api/v1/conversations/${id}/resolve`, { method: 'POST' });
    expect(resolved.status).toBe(200);

    const rating = chat.getByRole('group', { name: 'How did we do?' });
    await expect(rating).toBeVisible();
    await rating.getByRole('button', { name: '5 out of 5' }).click();
    await expect(chat.getByTestId('rating-thanks')).toHaveText('Thank you for your feedback!');

    const after = (await (await relay.api('/api/v1/metrics/team')).json()) as typeof before;
    expect(after.data.csat.responses).toBe(before.data.csat.responses + 1);
    expect(after.data.csat.average).not.toBeNull();
  } finally {
    await browser.close();
  }
});
