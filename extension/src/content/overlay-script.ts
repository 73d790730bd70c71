// The content script the background worker registers on sites the agent enabled. It only reads the page through
// the matching adapter, and talks to the relay through the background worker (which holds the token).
import browser from 'webextension-polyfill';
import { createRuntimeAssist } from '../assist/runtime-assist.ts';
import { startMessageOverlay } from '../overlay/message-overlay.ts';
import { findOnDeviceTranslator } from '../overlay/on-device-translator.ts';
import { startSuggestionPanel } from '../overlay/suggestion-panel.ts';
import { OVERLAY_SETTINGS_KEY, parseOverlaySettings } from '../settings/overlay-settings.ts';
import { adapterForUrl } from '../sites/registry.ts';
import { runPerPage, windowNavigation } from './page-lifecycle.ts';

async function main(): Promise<void> {
  const stored = await browser.storage.local.get(OVERLAY_SETTINGS_KEY);
  const { agentLanguage } = parseOverlaySettings(stored[OVERLAY_SETTINGS_KEY], navigator.language);
  const assist = createRuntimeAssist((message) => browser.runtime.sendMessage(message));
  const onDevice = findOnDeviceTranslator();
  runPerPage(windowNavigation(), (signal) => {
    const adapter = adapterForUrl(location.href);
    if (!adapter) return;
    startMessageOverlay({ adapter, assist, onDevice, agentLanguage, signal });
    startSuggestionPanel({ adapter, assist, agentLanguage, signal });
  });
}

main().catch((error: unknown) => {
  console.error('[parley/overlay] could not start', error);
});
