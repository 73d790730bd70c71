// Side panel entry: the agent app with settings in browser.storage.local.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { AgentApp } from '../app/AgentApp.tsx';
import { createBrowserSettingsStore } from '../settings/browser-storage.ts';
import { chromeHostPermissions } from '../settings/host-permissions.ts';
import { createOverlaySettingsStore } from '../settings/overlay-settings-store.ts';
import { createTaughtSitesStore } from '../settings/taught-sites.ts';
import { chromeActiveTab, teachActiveTab } from '../teach/teach-request.ts';

/** A local relay's address; the agent can change it in Settings. */
const DEFAULT_RELAY_URL = 'http://localhost:8787';

render(
  <AgentApp
    settingsStore={createBrowserSettingsStore(browser.storage.local)}
    defaultRelayUrl={DEFAULT_RELAY_URL}
    extensionOptions={{
      store: createOverlaySettingsStore(browser.storage.local, navigator.language),
      permissions: chromeHostPermissions(chrome.permissions),
      taughtSites: createTaughtSitesStore(browser.storage.local, browser.storage.local.onChanged),
      teachTab: () => teachActiveTab(chromeActiveTab(chrome.tabs)),
    }}
  />,
  document.getElementById('app')!,
);
