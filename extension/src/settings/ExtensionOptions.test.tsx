// The side panel's options: language and persona land where the page overlay reads them, and enabling a site
// asks Chrome for exactly that site's hosts at the click.
import { describe, expect, it } from 'vitest';
import { click, getButton, getByLabel, mount, textOf, typeInto, waitFor } from '../../test/dom.ts';
import { shopee } from '../sites/shopee.ts';
import { ExtensionOptions } from './ExtensionOptions.tsx';
import type { HostPermissions } from './host-permissions.ts';
import { sitePattern } from './host-permissions.ts';
import { OVERLAY_SETTINGS_KEY } from './overlay-settings.ts';
import { createOverlaySettingsStore } from './overlay-settings-store.ts';
import { memoryStorageArea } from './storage-area.ts';

/** Chrome's permission list in memory; `answer` is what the agent clicks in Chrome's prompt. */
function fakePermissions(answer = true) {
  const granted = new Set<string>();
  const requested: string[][] = [];
  const permissions: HostPermissions = {
    async contains(origins) {
      return origins.every((o) => granted.has(o));
    },
    async request(origins) {
      requested.push(origins);
      if (answer) for (const o of origins) granted.add(o);
      return answer;
    },
    async remove(origins) {
      for (const o of origins) granted.delete(o);
      return true;
    },
  };
  return { permissions, granted, requested };
}

async function change(select: HTMLSelectElement | HTMLInputElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('ExtensionOptions', () => {
  it('stores the agent language and persona where the overlay reads them', async () => {
    const area = memoryStorageArea({ [OVERLAY_SETTINGS_KEY]: { agentLanguage: 'en' } });
    const root = await mount(
      <ExtensionOptions
        store={createOverlaySettingsStore(area)}
        permissions={fakePermissions().permissions}
      />,
    );
    const language = await waitFor(() => getByLabel<HTMLSelectElement>(root, 'Your language'));
    expect(language.value).toBe('en');
    await change(language, 'th');
    await change(getByLabel(root, 'Display name'), '  Ploy ');
    await change(getByLabel<HTMLSelectElement>(root, 'Gender for polite forms'), 'female');
    await waitFor(() =>
      expect(area.data[OVERLAY_SETTINGS_KEY]).toEqual({
        agentLanguage: 'th',
        displayName: 'Ploy',
        gender: 'female',
      }),
    );
  });

  it('enabling a site asks Chrome for exactly that site’s hosts, named or typed', async () => {
    const granting = fakePermissions(true);
    const root = await mount(
      <ExtensionOptions
        store={createOverlaySettingsStore(memoryStorageArea())}
        permissions={granting.permissions}
      />,
    );
    const box = await waitFor(() => {
      const label = [...root.querySelectorAll('label')].find((l) => textOf(l) === shopee.name);
      if (!label) throw new Error('no Shopee row');
      return label.querySelector('input')!;
    });
    await click(box);
    await waitFor(() => expect(box.checked).toBe(true));
    expect(granting.requested).toEqual([[...shopee.matches]]);
    expect(textOf(root.querySelector('[role="status"]')!)).toBe(`${shopee.name} enabled.`);

    await typeInto(getByLabel(root, 'Another helpdesk'), 'desk.example.com/tickets/1');
    await click(getButton(root, 'Enable site'));
    await waitFor(() => expect(granting.requested.at(-1)).toEqual(['https://desk.example.com/*']));
  });

  it('says so when Chrome does not grant the site', async () => {
    const refusing = fakePermissions(false);
    const root = await mount(
      <ExtensionOptions
        store={createOverlaySettingsStore(memoryStorageArea())}
        permissions={refusing.permissions}
      />,
    );
    const box = await waitFor(() => {
      const input = root.querySelector<HTMLInputElement>('.site-list input');
      if (!input) throw new Error('no site rows yet');
      return input;
    });
    await click(box);
    await waitFor(() =>
      expect(textOf(root.querySelector('[role="status"]')!)).toMatch(/did not grant access/),
    );
    expect(box.checked).toBe(false);
  });
});

describe('sitePattern', () => {
  it('turns what an agent types into one host pattern, and refuses wildcards', () => {
    expect(sitePattern('desk.example.com')).toBe('https://desk.example.com/*');
    expect(sitePattern('http://localhost:3000/inbox')).toBe('http://localhost/*');
    expect(sitePattern('*.example.com')).toBeNull();
    expect(sitePattern('ftp://x.example')).toBeNull();
    expect(sitePattern('')).toBeNull();
  });
});
