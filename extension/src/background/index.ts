// The extension's service worker: opens the side panel from the toolbar, answers the overlay's assist requests
// (it alone reads the agent token), and keeps the overlay registered on the sites the agent granted.
import browser from 'webextension-polyfill';
import { AssistError } from '../assist/assist-client.ts';
import { createHttpAssist } from '../assist/http-assist.ts';
import { answerAssistRequest, isAssistRequest } from '../assist/runtime-assist.ts';
import overlayScript from '../content/overlay-script.ts?iife';
import { SocketAgentConnection } from '../inbox/socket-connection.ts';
import { createBrowserSettingsStore } from '../settings/browser-storage.ts';
import { migrateSettings } from '../settings/migrations.ts';
import { watchChats } from './chat-notifications.ts';
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

// Notifications for new and urgent chats: the worker keeps its own inbox connection while the agent is signed in.
// Socket.IO's heartbeat (every 25 s) is WebSocket traffic, which since Chrome 116 keeps the worker alive as long as
// the socket is open; a worker stopped anyway reconnects on its next start, and the inbox resyncs as usual.
let watching: { key: string; stop: () => void } | undefined;
async function syncNotifications(): Promise<void> {
  const { relayUrl, token } = await settings.load();
  const key = relayUrl && token ? `${relayUrl}\n${token}` : '';
  if (watching?.key === key) return;
  watching?.stop();
  watching = undefined;
  if (!relayUrl || !token) return;
  const connection = new SocketAgentConnection({ relayUrl, token });
  const unwatch = watchChats(connection, (id, notification) => {
    chrome.notifications.create(id, {
      type: 'basic',
      iconUrl: chrome.runtime.getURL('icons/icon-128.png'),
      title: notification.title,
      message: notification.message,
      requireInteraction: notification.requireInteraction,
      priority: notification.requireInteraction ? 2 : 0,
    });
  });
  connection.connect();
  watching = {
    key,
    stop: () => {
      unwatch();
      connection.disconnect();
    },
  };
}
function logNotifyError(error: unknown): void {
  console.error('[parley/background] could not watch for new chats', error);
}
syncNotifications().catch(logNotifyError);
browser.storage.onChanged.addListener(() => void syncNotifications().catch(logNotifyError));
// Every start of the worker, and whenever the agent grants or revokes a site.
syncRegistration().catch(logSyncError);
chrome.permissions.onAdded.addListener(() => void syncRegistration().catch(logSyncError));
chrome.permissions.onRemoved.addListener(() => void syncRegistration().catch(logSyncError));
