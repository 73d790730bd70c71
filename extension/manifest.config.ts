// The MV3 manifest. No host permissions at install: access to a site is requested at runtime (DESIGN.md).
import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };

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
  permissions: ['storage', 'sidePanel'],
  optional_host_permissions: ['https://*/*', 'http://*/*'],
});
