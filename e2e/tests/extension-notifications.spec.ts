// Desktop notifications as an agent lives them, in a real Chromium with the unpacked extension and a real relay:
// once signed in, the background worker's own inbox connection raises a notification when a shopper opens a chat
// from the storefront widget, and an urgent one (kept on screen) when the shopper reports an allergy.
//
// Headless Chromium shows no notification centre, so the test watches through one thin seam: it wraps
// `chrome.notifications.create` inside the service worker, before anything arrives, and records each call before
// passing it on to Chrome. Everything that decides to notify (socket, watchChats, the worker's wiring) is the
// extension's own code reacting to the relay's real fan-out.
import { type RelayProcess, spawnRelay } from '@parley/relay/testing/relay-process';
import { type BrowserContext, expect, test, type Worker } from '@playwright/test';
import { launchWithExtension } from './browser.ts';

const GREETING = 'สวัสดีค่ะ สั่งครีมไปเมื่อวันจันทร์ค่ะ';
const ALLERGY = 'ใช้ครีมนี้แล้วแพ้ค่ะ ผื่นขึ้น ทำยังไงดีคะ';

/** The fields of `chrome.notifications.NotificationOptions` the worker sets. */
interface NotificationOptions {
  title: string;
  message: string;
  requireInteraction?: boolean;
}

interface ShownNotification {
  id: string;
  title: string;
  message: string;
  requireInteraction: boolean;
  /** What Chrome answered: the id of the notification it created. */
  created: string | null;
}

let relay: RelayProcess;
let context: BrowserContext;
let worker: Worker;

test.beforeAll(async () => {
  relay = await spawnRelay({ env: { PARLEY_RATE_LIMITS: 'off' } });
  ({ context, worker } = await launchWithExtension());
});

test.afterAll(async () => {
  await context?.close();
  await relay?.stop();
});

/** How many agent sockets the relay holds, from its Prometheus metrics. */
async function agentSockets(): Promise<number> {
  const metrics = await (await fetch(`${relay.url}/metrics`)).text();
  const line = metrics.split('\n').find((l) => l.startsWith('parley_connected_sockets{namespace="agent"}'));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

function shown(): Promise<ShownNotification[]> {
  return worker.evaluate(
    () => (globalThis as unknown as { parleyShown?: ShownNotification[] }).parleyShown ?? [],
  );
}

test('a new widget chat and a product-safety message each raise a notification, the urgent one kept on screen', async () => {
  // The seam: every notification the worker creates is recorded, then created by Chrome as usual.
  await worker.evaluate(() => {
    const recorded: ShownNotification[] = [];
    (globalThis as unknown as { parleyShown: ShownNotification[] }).parleyShown = recorded;
    // Typed here: extension-globals.d.ts declares only the storage and scripting calls other specs make.
    const { notifications } = chrome as unknown as {
      notifications: {
        create(id: string, options: NotificationOptions): Promise<string>;
      };
    };
    const create = notifications.create.bind(notifications);
    notifications.create = (id, options) => {
      const entry: ShownNotification = {
        id,
        title: options.title,
        message: options.message,
        requireInteraction: options.requireInteraction === true,
        created: null,
      };
      recorded.push(entry);
      const pending = create(id, options);
      pending.then(
        (createdId) => {
          entry.created = createdId;
        },
        () => {},
      );
      return pending;
    };
  });

  // Signing in is what starts the worker's watch (its storage listener), exactly as the side panel's Save does.
  const token = await relay.demoAgentToken();
  await worker.evaluate((settings) => chrome.storage.local.set({ 'parley.settings': settings }), {
    relayUrl: relay.url,
    token,
  });
  await expect.poll(agentSockets, { message: 'the worker’s inbox socket connects' }).toBe(1);
  expect(await shown()).toEqual([]);

  const store = await context.newPage();
  try {
    await store.goto(`${relay.url}/`);
    // The launcher, named in the shopper's language (aria-expanded says open or closed).
    await store.locator('parley-widget').getByRole('button', { name: 'Chat' }).click();
    const chat = store.frameLocator('iframe[title="Chat"]');
    await chat.getByRole('textbox').fill(GREETING);
    await chat.getByRole('button', { name: 'Send' }).click();
    await expect(chat.locator('[data-author="visitor"]', { hasText: GREETING })).toBeVisible();

    await expect.poll(async () => (await shown()).length).toBe(1);
    const [newChat] = await shown();
    expect(newChat).toMatchObject({
      title: 'New chat',
      message: `Thai: ${GREETING}`,
      requireInteraction: false,
    });

    await chat.getByRole('textbox').fill(ALLERGY);
    await chat.getByRole('button', { name: 'Send' }).click();
    await expect.poll(async () => (await shown()).length).toBe(2);
    const urgent = (await shown())[1]!;
    expect(urgent).toMatchObject({
      title: 'Urgent: Product safety',
      message: `Thai: ${ALLERGY}`,
      requireInteraction: true,
    });
    // One notification per message, each with its own id, and Chrome accepted both.
    expect(urgent.id).not.toBe(newChat!.id);
    await expect.poll(async () => (await shown()).map((n) => n.created)).toEqual([newChat!.id, urgent.id]);
  } finally {
    await store.close();
  }
});
