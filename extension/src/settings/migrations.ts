// Versioned upgrades of what the extension keeps in storage. Each step runs once, in order, and records the
// version it reached, so an extension updated across several releases catches up in one go.
import { OVERLAY_SETTINGS_KEY } from './overlay-settings.ts';
import type { StorageArea } from './storage-area.ts';
import { TAUGHT_SITES_KEY } from './taught-sites.ts';

export const SETTINGS_VERSION_KEY = 'parley.settingsVersion';

interface Migration {
  /** The version storage is at once this step has run. */
  to: number;
  why: string;
  run(area: StorageArea): Promise<void>;
}

/** Version 1 is what releases before versioning wrote: relay settings and `parley.overlay.agentLanguage`. */
const MIGRATIONS: readonly Migration[] = [
  {
    to: 2,
    why: 'taught sites get their own map, and the overlay settings gain the agent persona',
    async run(area) {
      const stored = await area.get([TAUGHT_SITES_KEY, OVERLAY_SETTINGS_KEY]);
      const overlay = stored[OVERLAY_SETTINGS_KEY];
      const previous =
        typeof overlay === 'object' && overlay !== null ? (overlay as Record<string, unknown>) : {};
      await area.set({
        [TAUGHT_SITES_KEY]: stored[TAUGHT_SITES_KEY] ?? {},
        // The language an agent already chose is kept; the persona starts empty, so nothing speaks for them.
        [OVERLAY_SETTINGS_KEY]: { displayName: '', gender: 'neutral', ...previous },
      });
    },
  },
];

export const CURRENT_SETTINGS_VERSION = MIGRATIONS.at(-1)?.to ?? 1;

/** Brings storage up to the current version and returns it; a newer version (a downgrade) is left alone. */
export async function migrateSettings(area: StorageArea): Promise<number> {
  const stored = await area.get(SETTINGS_VERSION_KEY);
  const raw = stored[SETTINGS_VERSION_KEY];
  let version = typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 ? raw : 1;
  for (const migration of MIGRATIONS) {
    if (migration.to <= version) continue;
    await migration.run(area);
    version = migration.to;
    await area.set({ [SETTINGS_VERSION_KEY]: version });
  }
  return version;
}
