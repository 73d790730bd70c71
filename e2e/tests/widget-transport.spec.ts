// A shopper whose network blocks WebSocket (some corporate proxies): the widget opens over WebSocket alone, and only
// after WebSocket fails does it download HTTP long-polling and chat over that, both ways.
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RelayProcess, spawnRelay } from '@parley/relay/testing/relay-process';
import { expect, type Response, test } from '@playwright/test';
import {
  agentReplies,
  closeShops,
  launchChromium,
  onlyConversation,
  openChat,
  openShop,
  visitorTexts,
} from './widget-harness.ts';

let relay: RelayProcess;

test.beforeAll(async () => {
  relay = await spawnRelay();
});

test.afterAll(async () => {
  await closeShops();
  await relay?.stop();
});

/**
 * An HTTP proxy in front of the relay that passes requests but resets every WebSocket upgrade, as a corporate
 * proxy that does not pass upgrades does. The shop embeds the widget through it, so the frame lives behind it too.
 */
async function proxyWithoutWebSocket(
  target: string,
): Promise<{ url: string; upgrades: number; close(): void }> {
  const upstream = new URL(target);
  const proxy = { url: '', upgrades: 0, close: () => server.close() };
  const server = createServer((request, response) => {
    const forwarded = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, host: upstream.host },
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    forwarded.on('error', () => response.destroy());
    request.pipe(forwarded);
  });
  server.on('upgrade', (_request, socket) => {
    proxy.upgrades++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return proxy;
}

test('with WebSocket blocked, the chat falls back to long-polling and messages flow both ways', async () => {
  const proxy = await proxyWithoutWebSocket(relay.url);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const fetched: string[] = [];
    context.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const chat = await openChat(await openShop(context, proxy.url));

    const input = chat.getByTestId('composer-input');
    await input.fill('Can you hear me through the proxy?');
    await input.press('Enter');
    await expect(chat.locator('[data-author="visitor"][data-status="sent"] .text')).toHaveText(
      ['Can you hear me through the proxy?'],
      { timeout: 30_000 },
    );
    expect(await visitorTexts(relay)).toEqual(['Can you hear me through the proxy?']);
    expect(proxy.upgrades).toBeGreaterThanOrEqual(2);
    expect(fetched.some((path) => /\/frame\/assets\/later-polling-fallback-[\w-]+\.js$/.test(path))).toBe(
      true,
    );
    expect(fetched.some((path) => path.startsWith('/socket.io/'))).toBe(true); // The polling requests.

    await agentReplies(relay, await onlyConversation(relay), 'Loud and clear.');
    await expect(chat.locator('[data-author="agent"] .text')).toHaveText(['Loud and clear.']);
  } finally {
    await browser.close();
    proxy.close();
  }
});

test('opening the chat transfers at most 30 kB of compressed files, and reports what it took', async () => {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const responses: Response[] = [];
    context.on('response', (response) => {
      if (response.url().startsWith(relay.url)) responses.push(response);
    });
    // A Thai shopper: the frame also fetches its UI strings.
    const chat = await openChat(await openShop(context, relay.url, { data: { locale: 'th-TH' } }));
    await expect(chat.getByTestId('composer-input')).toHaveAttribute('placeholder', 'พิมพ์ข้อความ…');
    const opened = [...responses];

    // Not part of opening: the socket itself, and the on-demand part (prefetched at idle once the chat is up, and
    // shown here at once, since no agent is signed in: the away notice).
    const onDemand = /^\/(socket\.io\/|frame\/assets\/later-|frame\/i18n\/\w+\/later\/)/;
    const rows = await Promise.all(
      opened
        .filter((response) => !onDemand.test(new URL(response.url()).pathname))
        .map(async (response) => ({
          path: new URL(response.url()).pathname,
          encoding: (await response.allHeaders())['content-encoding'] ?? 'none',
          bytes: (await response.request().sizes()).responseBodySize,
        })),
    );
    const total = rows.reduce((sum, row) => sum + row.bytes, 0);
    console.log(
      [
        'bytes transferred to open the chat (response bodies, as sent):',
        ...rows.map((row) => `  ${String(row.bytes).padStart(6)}  ${row.encoding.padEnd(4)}  ${row.path}`),
        `  ${String(total).padStart(6)}  total`,
      ].join('\n'),
    );
    expect(rows.map((row) => row.path)).toEqual(
      expect.arrayContaining([
        '/widget.js',
        '/frame/',
        expect.stringMatching(/^\/frame\/i18n\/\w+\/th\.json$/),
      ]),
    );
    for (const row of rows) expect(row.encoding, row.path).toBe('br');
    expect(total).toBeLessThanOrEqual(30_000);
  } finally {
    await browser.close();
  }
});

test('where WebSocket works, the chat never downloads the long-polling fallback', async () => {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const fetched: string[] = [];
    context.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const chat = await openChat(await openShop(context, relay.url));
    await chat.getByTestId('composer-input').fill('Over WebSocket');
    await chat.getByTestId('composer-input').press('Enter');
    await expect(chat.locator('[data-author="visitor"][data-status="sent"]')).toHaveCount(1);
    expect(fetched.filter((path) => path.includes('polling-fallback'))).toEqual([]);
    expect(fetched.filter((path) => path.startsWith('/socket.io/'))).toEqual([]);
  } finally {
    await browser.close();
  }
});
