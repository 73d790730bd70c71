// The web console's settings port: `localStorage` on the relay's origin.
import { type AgentSettings, parseStoredSettings, SETTINGS_KEY, type SettingsStore } from './settings.ts';

export function createLocalSettingsStore(storage: Storage = globalThis.localStorage): SettingsStore {
  return {
    async load() {
      const raw = storage.getItem(SETTINGS_KEY);
      if (raw === null) return {};
      try {
        return parseStoredSettings(JSON.parse(raw));
      } catch {
        return {};
      }
    },
    async save(settings: AgentSettings) {
      storage.setItem(SETTINGS_KEY, JSON.stringify({ relayUrl: settings.relayUrl, token: settings.token }));
    },
    async signOut() {
      const { relayUrl } = await this.load();
      storage.setItem(SETTINGS_KEY, JSON.stringify(relayUrl === undefined ? {} : { relayUrl }));
    },
  };
}
