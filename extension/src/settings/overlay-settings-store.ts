// Stores the overlay settings (agent language and persona) in extension storage, where the content script reads them.
import { OVERLAY_SETTINGS_KEY, type OverlaySettings, parseOverlaySettings } from './overlay-settings.ts';
import type { StorageArea } from './storage-area.ts';

export interface OverlaySettingsStore {
  load(): Promise<OverlaySettings>;
  save(settings: OverlaySettings): Promise<void>;
}

export function createOverlaySettingsStore(area: StorageArea, browserLanguage = 'en'): OverlaySettingsStore {
  return {
    async load() {
      const stored = await area.get(OVERLAY_SETTINGS_KEY);
      return parseOverlaySettings(stored[OVERLAY_SETTINGS_KEY], browserLanguage);
    },
    async save(settings) {
      // Parsed on the way in too, so storage never holds what the content script would refuse.
      await area.set({ [OVERLAY_SETTINGS_KEY]: parseOverlaySettings(settings, browserLanguage) });
    },
  };
}
