// The extension's service worker: makes the toolbar button open the side panel. It holds no state of its own.
import browser from 'webextension-polyfill';

browser.runtime.onInstalled.addListener(() => {
  // chrome.sidePanel is absent in browsers (and Chrome versions) without side panels; the action then does nothing.
  // Chrome persists this behaviour, so setting it once per install or update is enough.
  chrome.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
    console.error('[parley/background] could not make the action open the side panel', error);
  });
});
