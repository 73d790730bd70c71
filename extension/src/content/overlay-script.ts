// The content script the background worker registers on sites the agent enabled. It only reads the page through
// the matching adapter (or the one the agent taught for this origin), talks to the relay through the background
// worker (which holds the token), and starts a lesson when the side panel asks for one.
import browser from 'webextension-polyfill';
import { createRuntimeAssist } from '../assist/runtime-assist.ts';
import { startMessageOverlay } from '../overlay/message-overlay.ts';
import { findOnDeviceTranslator } from '../overlay/on-device-translator.ts';
import { startSuggestionPanel } from '../overlay/suggestion-panel.ts';
import { OVERLAY_SETTINGS_KEY, parseOverlaySettings, personaOverride } from '../settings/overlay-settings.ts';
import { loadTaughtSite, saveTaughtSite } from '../settings/taught-sites.ts';
import { adapterForUrl } from '../sites/registry.ts';
import type { SiteAdapter, SiteSelectors } from '../sites/site-adapter.ts';
import { taughtAdapter } from '../teach/taught-adapter.ts';
import { offerTeaching, type Teaching } from '../teach/teach-mode.ts';
import { isTeachRequest, type TeachReply } from '../teach/teach-request.ts';
import { runPerPage, windowNavigation } from './page-lifecycle.ts';

async function main(): Promise<void> {
  const stored = await browser.storage.local.get(OVERLAY_SETTINGS_KEY);
  const settings = parseOverlaySettings(stored[OVERLAY_SETTINGS_KEY], navigator.language);
  const { agentLanguage } = settings;
  const persona = personaOverride(settings);
  const assist = createRuntimeAssist((message) => browser.runtime.sendMessage(message));
  const onDevice = findOnDeviceTranslator();
  const storage = browser.storage.local;

  function overlay(adapter: SiteAdapter, signal: AbortSignal): void {
    startMessageOverlay({ adapter, assist, onDevice, agentLanguage, signal });
    startSuggestionPanel({ adapter, assist, agentLanguage, persona, signal });
  }

  /** How this page starts a lesson the side panel asks for; replaced on each in-page navigation. */
  let teachHere: () => void = () => {};
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isTeachRequest(message)) return undefined;
    teachHere();
    const reply: TeachReply = { started: true };
    return Promise.resolve(reply);
  });

  runPerPage(windowNavigation(), (signal) => {
    // The overlay reading the page now: a child signal, so a lesson can stop it before the taught one starts.
    let reading = new AbortController();
    const read = (adapter: SiteAdapter) => {
      reading.abort();
      reading = new AbortController();
      signal.addEventListener('abort', () => reading.abort(), { once: true });
      overlay(adapter, reading.signal);
    };
    const learn = (selectors: SiteSelectors) => {
      const site = { origin: location.origin, selectors, taughtAt: new Date().toISOString() };
      read(taughtAdapter(site));
      saveTaughtSite(storage, site).catch((error: unknown) => {
        console.error('[parley/teach] could not save what this page was taught', error);
      });
    };
    // Until the page says otherwise, a lesson from the side panel shows only while it runs.
    let teaching: Teaching | undefined;
    teachHere = () => {
      teaching ??= offerTeaching({ signal, onTaught: learn, offer: false });
      teaching.start();
    };
    void (async () => {
      // What the agent taught for this origin beats any built-in guess: they taught it because the guess failed.
      const taught = await loadTaughtSite(storage, location.origin);
      if (signal.aborted) return;
      if (taught) return read(taughtAdapter(taught));
      const adapter = adapterForUrl(location.href);
      if (adapter) read(adapter);
      if (adapter && adapter.id !== 'generic') return;
      // A page no built-in adapter really knows offers teaching by itself.
      teaching ??= offerTeaching({ signal, onTaught: learn });
    })().catch((error: unknown) => console.error('[parley/overlay] could not start on this page', error));
  });
}

main().catch((error: unknown) => {
  console.error('[parley/overlay] could not start', error);
});
