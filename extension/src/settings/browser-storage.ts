// The extension's settings port: `browser.storage.local`, private to the extension and not synced to other devices.
import type { Storage } from 'webextension-polyfill';
import { type AgentSettings, parseStoredSettings, SETTINGS_KEY, type SettingsStore } from './settings.ts';

/** Takes the storage area as an argument so this module never loads the polyfill itself (tests run outside Chrome). */
export function createBrowserSettingsStore(area: Storage.StorageArea): SettingsStore {
  return {
    async load() {
      const stored = await area.get(SETTINGS_KEY);
      return parseStoredSettings(stored[SETTINGS_KEY]);
    },
    async save(settings: AgentSettings) {
      await area.set({ [SETTINGS_KEY]: { relayUrl: settings.relayUrl, token: settings.token } });
    },
    async signOut() {
      const { relayUrl } = await this.load();
      await area.set({ [SETTINGS_KEY]: relayUrl === undefined ? {} : { relayUrl } });
    },
  };
}
