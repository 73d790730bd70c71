// Launches Debian's Chromium (never a downloaded browser) with the unpacked Parley extension loaded.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@parley/relay/testing/relay-process';
import { type BrowserContext, chromium, expect, type Worker } from '@playwright/test';

export const extensionDir = join(repoRoot, 'extension/dist');

function chromiumPath(): string {
  const fromEnv = process.env.PARLEY_CHROMIUM;
  if (fromEnv) return fromEnv;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'Chromium is not installed. Run `bash scripts/ensure-chromium.sh` (the test script does).',
    );
  }
}

export interface LaunchOptions {
  /**
   * Host permissions the agent has already granted (as if they had enabled those sites). Chrome only grants
   * optional host permissions through a prompt a headless browser cannot click, so they are written into the
   * profile between a first launch (which installs the extension) and the real one.
   */
  grantedOrigins?: string[];
}

export async function launchWithExtension(
  options: LaunchOptions = {},
): Promise<{ context: BrowserContext; extensionId: string; worker: Worker }> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}. Run \`pnpm build\` first.`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'parley-chromium-'));
  if (options.grantedOrigins?.length) {
    const first = await launch(userDataDir);
    await first.context.close();
    await grantHostPermissions(userDataDir, first.extensionId, options.grantedOrigins);
  }
  return launch(userDataDir);
}

async function launch(
  userDataDir: string,
): Promise<{ context: BrowserContext; extensionId: string; worker: Worker }> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker };
}

/** Records `origins` as granted optional host permissions in the profile's preferences. */
async function grantHostPermissions(
  userDataDir: string,
  extensionId: string,
  origins: string[],
): Promise<void> {
  const file = join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(await readFile(file, 'utf8')) as {
    extensions?: { settings?: Record<string, Record<string, Record<string, unknown> | undefined>> };
  };
  const settings = prefs.extensions?.settings?.[extensionId];
  if (!settings) throw new Error(`Chromium did not record the extension ${extensionId} in ${file}.`);
  for (const key of ['granted_permissions', 'active_permissions', 'runtime_granted_permissions']) {
    settings[key] = { ...(settings[key] ?? {}), explicit_host: origins };
  }
  await writeFile(file, JSON.stringify(prefs));
}

/**
 * Signs the extension in as an agent through its storage (as the side panel's form would save it), with English as
 * the agent's language, and waits until the background worker has registered the overlay for the `sites` granted
 * sites, so a page opened next gets it.
 */
export async function signInOverlay(
  worker: Worker,
  settings: { relayUrl: string; token: string },
  sites: number,
): Promise<void> {
  await worker.evaluate(
    (value) =>
      chrome.storage.local.set({ 'parley.settings': value, 'parley.overlay': { agentLanguage: 'en' } }),
    settings,
  );
  await expect
    .poll(() =>
      worker.evaluate(
        async () => (await chrome.scripting.getRegisteredContentScripts())[0]?.matches?.length ?? 0,
      ),
    )
    .toBe(sites);
}
