// The taught sites in the side panel's options: what each lesson reads and when, forgetting one (the content
// script then finds no lesson for that origin on its next load), and teaching the page in the active tab.
import { describe, expect, it } from 'vitest';
import { click, getButton, mount, textOf, waitFor } from '../../test/dom.ts';
import type { TeachOutcome } from '../teach/teach-request.ts';
import { ExtensionOptions } from './ExtensionOptions.tsx';
import { OVERLAY_SETTINGS_KEY } from './overlay-settings.ts';
import { createOverlaySettingsStore } from './overlay-settings-store.ts';
import { memoryStorageArea } from './storage-area.ts';
import {
  createTaughtSitesStore,
  loadTaughtSite,
  type StorageChanges,
  saveTaughtSite,
  TAUGHT_SITES_KEY,
} from './taught-sites.ts';

const DESK = {
  origin: 'https://desk.acme-support.test',
  selectors: {
    messageList: 'section.conversation-thread',
    message: 'section.conversation-thread > div.bubble',
    buyerMessage: 'section.conversation-thread > div.bubble.from-customer',
    text: 'p.body',
    composer: 'textarea[aria-label="Reply to customer"]',
  },
  taughtAt: '2025-06-03T09:30:00.000Z',
};
const ORBIT = {
  origin: 'https://orbit.example',
  selectors: {
    messageList: '#desk >>> orbit-thread >>> ol[role="list"]',
    message: '#desk >>> orbit-thread >>> ol[role="list"] > li.message',
    buyerMessage: '#desk >>> orbit-thread >>> ol[role="list"] > li.message.from-customer',
    text: 'orbit-bubble >>> p.text',
    composer: '#desk >>> orbit-composer >>> textarea[aria-label="Reply to customer"]',
  },
  taughtAt: '2025-06-04T10:00:00.000Z',
};

/** Storage's change events in memory, as `browser.storage.local.onChanged` delivers them. */
function changeEvents(): StorageChanges & { fire(keys: string[]): void } {
  const listeners = new Set<(changes: Record<string, unknown>) => void>();
  return {
    addListener: (listener) => listeners.add(listener),
    removeListener: (listener) => listeners.delete(listener),
    fire: (keys) => {
      for (const listener of listeners) listener(Object.fromEntries(keys.map((key) => [key, {}])));
    },
  };
}

async function options(area = memoryStorageArea(), teachTab?: () => Promise<TeachOutcome>) {
  const changes = changeEvents();
  const root = await mount(
    <ExtensionOptions
      store={createOverlaySettingsStore(area)}
      permissions={{ contains: async () => false, request: async () => false, remove: async () => true }}
      taughtSites={createTaughtSitesStore(area, changes)}
      {...(teachTab ? { teachTab } : {})}
    />,
  );
  return { root, changes, area };
}

const rowOf = (root: HTMLElement, origin: string) =>
  root.querySelector<HTMLElement>(`.taught-list li[data-origin="${origin}"]`);

describe('taught sites in the options', () => {
  it('lists each taught origin with what it reads and when', async () => {
    const area = memoryStorageArea({ [OVERLAY_SETTINGS_KEY]: { agentLanguage: 'en' } });
    await saveTaughtSite(area, ORBIT);
    await saveTaughtSite(area, DESK);
    const { root } = await options(area);
    const rows = await waitFor(() => {
      const found = [...root.querySelectorAll<HTMLElement>('.taught-list li')];
      expect(found).toHaveLength(2);
      return found;
    });
    expect(rows.map((row) => row.dataset.origin)).toEqual([DESK.origin, ORBIT.origin]);
    const desk = textOf(rows[0]!);
    expect(desk).toContain(DESK.selectors.buyerMessage);
    expect(desk).toContain(DESK.selectors.composer);
    expect(desk).toMatch(/Taught .*2025/);
    expect(textOf(rows[1]!)).toContain('(inside web components)');
  });

  it('forgets one site: its lesson leaves storage, the others stay', async () => {
    const area = memoryStorageArea();
    await saveTaughtSite(area, DESK);
    await saveTaughtSite(area, ORBIT);
    const { root } = await options(area);
    await waitFor(() => expect(rowOf(root, DESK.origin)).not.toBeNull());
    await click(getButton(root, `Forget ${DESK.origin}`));
    await waitFor(() => expect(rowOf(root, DESK.origin)).toBeNull());
    // What the content script reads on the next load: no lesson for that origin, so no taught overlay there.
    expect(await loadTaughtSite(area, DESK.origin)).toBeUndefined();
    expect(await loadTaughtSite(area, ORBIT.origin)).toEqual(ORBIT);
    expect(textOf(root.querySelector('.taught-sites [role="status"]')!)).toContain(`Forgot ${DESK.origin}`);
  });

  it('shows a lesson saved in a tab while the options are open', async () => {
    const { root, changes, area } = await options();
    await waitFor(() =>
      expect(textOf(root.querySelector('.taught-sites')!)).toContain('No site taught yet.'),
    );
    await saveTaughtSite(area, DESK);
    changes.fire([TAUGHT_SITES_KEY]);
    await waitFor(() => expect(rowOf(root, DESK.origin)).not.toBeNull());
  });

  it('teaches the page in the active tab, and says what to do when Parley is not running there', async () => {
    const outcomes: TeachOutcome[] = ['started', 'not_running'];
    const { root } = await options(memoryStorageArea(), async () => outcomes.shift()!);
    const status = () => textOf(root.querySelector('.taught-sites [role="status"]')!);
    await click(await waitFor(() => getButton(root, 'Teach the page in this tab')));
    await waitFor(() => expect(status()).toMatch(/^In the page, click one message the buyer wrote/));
    await click(getButton(root, 'Teach the page in this tab'));
    await waitFor(() => expect(status()).toMatch(/Parley is not running in this tab/));
  });
});
