// Upgrading stored settings: an agent's existing choices survive, new fields get safe defaults, each step runs once.
import { describe, expect, it } from 'vitest';
import { CURRENT_SETTINGS_VERSION, migrateSettings, SETTINGS_VERSION_KEY } from './migrations.ts';
import { OVERLAY_SETTINGS_KEY, parseOverlaySettings } from './overlay-settings.ts';
import { SETTINGS_KEY } from './settings.ts';
import { memoryStorageArea } from './storage-area.ts';
import { loadTaughtSite, saveTaughtSite, TAUGHT_SITES_KEY } from './taught-sites.ts';

const SELECTORS = {
  messageList: '#thread',
  message: '#thread > div.bubble',
  buyerMessage: '#thread > div.bubble.from-customer',
  text: 'p.body',
  composer: 'textarea[name="reply"]',
};

describe('migrateSettings', () => {
  it('upgrades an unversioned install, keeping the sign-in and the chosen language', async () => {
    const area = memoryStorageArea({
      [SETTINGS_KEY]: { relayUrl: 'http://localhost:8787', token: 'secret' },
      [OVERLAY_SETTINGS_KEY]: { agentLanguage: 'vi' },
    });
    expect(await migrateSettings(area)).toBe(CURRENT_SETTINGS_VERSION);
    expect(area.data[SETTINGS_KEY]).toEqual({ relayUrl: 'http://localhost:8787', token: 'secret' });
    expect(parseOverlaySettings(area.data[OVERLAY_SETTINGS_KEY])).toEqual({
      agentLanguage: 'vi',
      displayName: '',
      gender: 'neutral',
    });
    expect(area.data[TAUGHT_SITES_KEY]).toEqual({});
    expect(area.data[SETTINGS_VERSION_KEY]).toBe(CURRENT_SETTINGS_VERSION);
  });

  it('runs once: a second start keeps what the agent set since', async () => {
    const area = memoryStorageArea();
    await migrateSettings(area);
    await saveTaughtSite(area, { origin: 'https://desk.example', selectors: SELECTORS, taughtAt: 'now' });
    area.data[OVERLAY_SETTINGS_KEY] = { agentLanguage: 'th', displayName: 'Ploy', gender: 'female' };
    await migrateSettings(area);
    expect((await loadTaughtSite(area, 'https://desk.example'))?.selectors).toEqual(SELECTORS);
    expect(parseOverlaySettings(area.data[OVERLAY_SETTINGS_KEY]).displayName).toBe('Ploy');
  });
});

describe('taught sites', () => {
  it('are kept per origin, and an entry with a missing selector is ignored', async () => {
    const area = memoryStorageArea({
      [TAUGHT_SITES_KEY]: { 'https://broken.example': { selectors: { message: '.m' } } },
    });
    await saveTaughtSite(area, { origin: 'https://desk.example', selectors: SELECTORS, taughtAt: 'now' });
    expect(await loadTaughtSite(area, 'https://desk.example')).toMatchObject({ selectors: SELECTORS });
    expect(await loadTaughtSite(area, 'https://other.example')).toBeUndefined();
    expect(await loadTaughtSite(area, 'https://broken.example')).toBeUndefined();
  });
});
