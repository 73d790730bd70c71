// The MV3 manifest. No host permissions at install: access to a site is requested at runtime (DESIGN.md), and
// the overlay content script is registered by the background worker only on the sites the agent granted.
import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };
import { adapterHostPatterns } from './src/sites/registry.ts';

export const SIDE_PANEL_PATH = 'src/sidepanel/index.html';

export default defineManifest({
  manifest_version: 3,
  name: 'Parley — multilingual support copilot',
  short_name: 'Parley',
  description: 'Answer buyers in any language: live translation, intent tags and urgency for every message.',
  version: pkg.version,
  icons: {
    16: 'icons/icon-16.png',
    32: 'icons/icon-32.png',
    48: 'icons/icon-48.png',
    128: 'icons/icon-128.png',
  },
  action: {
    default_title: 'Open the Parley inbox',
    default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
  },
  background: { service_worker: 'src/background/index.ts', type: 'module' },
  side_panel: { default_path: SIDE_PANEL_PATH },
  // `scripting` registers the overlay on granted sites; it grants no host access by itself.
  permissions: ['storage', 'sidePanel', 'scripting', 'notifications'],
  // Every site adapter's hosts, named one by one so Chrome's prompt names the site being enabled.
  optional_host_permissions: adapterHostPatterns(),
});
