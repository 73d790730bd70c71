// What the widget specs share: a plain Chromium (no extension), a merchant's page on its own origin that embeds the
// widget from the relay, and the relay's side of the conversation through its API, as an agent sees it.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { RelayProcess } from '@parley/relay/testing/relay-process';
import type { Message } from '@parley/shared';
import { type Browser, type BrowserContext, chromium, expect, type Page } from '@playwright/test';

export function launchChromium(): Promise<Browser> {
  const executablePath =
    process.env.PARLEY_CHROMIUM ||
    execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  return chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
}

export interface ShopPage {
  /** Widget attributes, e.g. { locale: 'ar' } for data-locale. */
  data?: Record<string, string>;
  /** Markup before the widget's tag: the merchant's own page. */
  body?: string;
  head?: string;
  /** Leave out the widget's tag, for a page that writes its own. */
  noWidget?: boolean;
  /** Response headers of the merchant page, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
  /** A CSP nonce for the widget's tag. */
  nonce?: string;
}

const shops: Server[] = [];

/**
 * Serves a merchant page from its own loopback port (another origin than the relay's, as on a real store; a
 * loopback server rather than route(), because Chromium keeps pages of unknown address space off 127.0.0.1) with
 * the widget's tag pointing at `relayUrl`, and opens it.
 */
export async function openShop(
  context: BrowserContext,
  relayUrl: string,
  shop: ShopPage = {},
): Promise<Page> {
  const data = Object.entries({ site: await demoSiteKey(relayUrl), ...shop.data })
    .map(([name, value]) => ` data-${name}="${value}"`)
    .join('');
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Shop</title>${shop.head ?? ''}</head>
<body>${shop.body ?? '<h1>Shop</h1>'}${shop.noWidget ? '' : `<script src="${relayUrl}/widget.js"${data}${shop.nonce ? ` nonce="${shop.nonce}"` : ''} async></script>`}</body></html>`;
  const server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...shop.headers }).end(html);
  });
  shops.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  return page;
}

/** Stops every shop server openShop started; call from afterAll. */
export async function closeShops(): Promise<void> {
  await Promise.all(shops.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
}

/** The demo storefront embeds the demo site's public key; reading it keeps the specs free of setup calls. */
async function demoSiteKey(relayUrl: string): Promise<string> {
  const html = await (await fetch(`${relayUrl}/`)).text();
  const key = /data-site="([^"]+)"/.exec(html)?.[1];
  if (!key) throw new Error(`The demo storefront at ${relayUrl}/ has no data-site key.`);
  return key;
}

/** Opens the chat through the launcher, as a shopper does, and returns the chat frame. */
export async function openChat(page: Page) {
  // The launcher is the widget's one button, named "Chat" in the shopper's language ("Trò chuyện", "دردشة"…).
  await page.locator('#parley-widget').getByRole('button', { expanded: false }).click();
  const chat = page.frameLocator('#parley-frame');
  await expect(chat.getByTestId('composer-input')).toBeVisible();
  return chat;
}

interface Conversation {
  id: string;
}

/** The only conversation on a fresh relay (each spec file starts its own). */
export async function onlyConversation(relay: RelayProcess): Promise<string> {
  const list = (await (await relay.api('/api/v1/conversations')).json()) as { data: Conversation[] };
  expect(list.data).toHaveLength(1);
  return list.data[0]!.id;
}

export async function messagesOf(relay: RelayProcess, conversationId: string): Promise<Message[]> {
  const response = await relay.api(`/api/v1/conversations/${conversationId}/messages?limit=100`);
  return ((await response.json()) as { data: Message[] }).data;
}

/** What the relay holds from the shopper, oldest first, as the agent's inbox lists it. */
export async function visitorTexts(relay: RelayProcess): Promise<string[]> {
  const list = (await (await relay.api('/api/v1/conversations')).json()) as { data: Conversation[] };
  const texts: string[] = [];
  for (const conversation of list.data) {
    for (const message of await messagesOf(relay, conversation.id)) {
      if (message.author === 'visitor') texts.push(message.text);
    }
  }
  return texts;
}

/** Replies as the demo agent through the API, as the console or the extension would. */
export async function agentReplies(relay: RelayProcess, conversationId: string, text: string): Promise<void> {
  const response = await fetch(`${relay.url}/api/v1/conversations/${conversationId}/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await relay.demoAgentToken()}`, 'content-type': 'application/json' },
    body: JSON.stringify({ clientId: randomUUID(), text }),
  });
  expect(response.status, await response.clone().text()).toBe(201);
}
