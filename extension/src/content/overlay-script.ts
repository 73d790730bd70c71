// The content script the background worker registers on sites the agent enabled. It only reads the page through
// the matching adapter (or the one the agent taught for this origin), and talks to the relay through the
// background worker (which holds the token).
import browser from 'webextension-polyfill';
import { createRuntimeAssist } from '../assist/runtime-assist.ts';
import { startMessageOverlay } from '../overlay/message-overlay.ts';
import { findOnDeviceTranslator } from '../overlay/on-device-translator.ts';
import { startSuggestionPanel } from '../overlay/suggestion-panel.ts';
import { OVERLAY_SETTINGS_KEY, parseOverlaySettings } from '../settings/overlay-settings.ts';
import { loadTaughtSite, saveTaughtSite } from '../settings/taught-sites.ts';
import { adapterForUrl } from '../sites/registry.ts';
import type { SiteAdapter } from '../sites/site-adapter.ts';
import { taughtAdapter } from '../teach/taught-adapter.ts';
import { offerTeaching } from '../teach/teach-mode.ts';
import { runPerPage, windowNavigation } from './page-lifecycle.ts';

async function main(): Promise<void> {
  const stored = await browser.storage.local.get(OVERLAY_SETTINGS_KEY);
  const { agentLanguage } = parseOverlaySettings(stored[OVERLAY_SETTINGS_KEY], navigator.language);
  const assist = createRuntimeAssist((message) => browser.runtime.sendMessage(message));
  const onDevice = findOnDeviceTranslator();
  const storage = browser.storage.local;

  function overlay(adapter: SiteAdapter, signal: AbortSignal): void {
    startMessageOverlay({ adapter, assist, onDevice, agentLanguage, signal });
    startSuggestionPanel({ adapter, assist, agentLanguage, signal });
  }

  runPerPage(windowNavigation(), (signal) => {
    void (async () => {
      // What the agent taught for this origin beats any built-in guess: they taught it because the guess failed.
      const taught = await loadTaughtSite(storage, location.origin);
      if (signal.aborted) return;
      if (taught) return overlay(taughtAdapter(taught), signal);
      const adapter = adapterForUrl(location.href);
      // A child signal, so a lesson can stop the generic adapter before the taught one starts.
      const guess = new AbortController();
      signal.addEventListener('abort', () => guess.abort());
      if (adapter) overlay(adapter, guess.signal);
      if (adapter && adapter.id !== 'generic') return;
      offerTeaching({
        signal,
        onTaught: (selectors) => {
          const site = { origin: location.origin, selectors, taughtAt: new Date().toISOString() };
          guess.abort();
          overlay(taughtAdapter(site), signal);
          saveTaughtSite(storage, site).catch((error: unknown) => {
            console.error('[parley/teach] could not save what this page was taught', error);
          });
        },
      });
    })().catch((error: unknown) => console.error('[parley/overlay] could not start on this page', error));
  });
}

main().catch((error: unknown) => {
  console.error('[parley/overlay] could not start', error);
});
