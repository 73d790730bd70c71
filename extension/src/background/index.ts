// The extension's service worker: opens the side panel from the toolbar, answers the overlay's assist requests
// (it alone reads the agent token), and keeps the overlay registered on the sites the agent granted.
import browser from 'webextension-polyfill';
import { AssistError } from '../assist/assist-client.ts';
import { createHttpAssist } from '../assist/http-assist.ts';
import { answerAssistRequest, isAssistRequest } from '../assist/runtime-assist.ts';
import overlayScript from '../content/overlay-script.ts?iife';
import { createBrowserSettingsStore } from '../settings/browser-storage.ts';
import { migrateSettings } from '../settings/migrations.ts';
import { syncOverlayRegistration } from './content-registration.ts';

browser.runtime.onInstalled.addListener(() => {
  // chrome.sidePanel is absent in browsers (and Chrome versions) without side panels; the action then does nothing.
  // Chrome persists this behaviour, so setting it once per install or update is enough.
  chrome.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
    console.error('[parley/background] could not make the action open the side panel', error);
  });
});

// Every worker start, not only on update: a migration cut short by the worker being stopped resumes here.
migrateSettings(browser.storage.local).catch((error: unknown) => {
  console.error('[parley/background] could not upgrade stored settings', error);
});

const settings = createBrowserSettingsStore(browser.storage.local);

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isAssistRequest(message)) return undefined;
  return (async () => {
    const { relayUrl, token } = await settings.load();
    if (!relayUrl || !token) {
      const error = new AssistError('not_configured', 'Sign in from the Parley side panel first.');
      return { ok: false, error: { code: error.code, message: error.message } };
    }
    return answerAssistRequest(createHttpAssist({ relayUrl, token }), message);
  })();
});

async function syncRegistration(): Promise<void> {
  const { origins = [] } = await chrome.permissions.getAll();
  await syncOverlayRegistration(chrome.scripting, origins, overlayScript);
}

function logSyncError(error: unknown): void {
  console.error('[parley/background] could not register the page overlay', error);
}

// Every start of the worker, and whenever the agent grants or revokes a site.
syncRegistration().catch(logSyncError);
chrome.permissions.onAdded.addListener(() => void syncRegistration().catch(logSyncError));
chrome.permissions.onRemoved.addListener(() => void syncRegistration().catch(logSyncError));
