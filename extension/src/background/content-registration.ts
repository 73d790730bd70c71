// Keeps the overlay content script registered on exactly the sites the agent granted, and nowhere else.
// Registered at runtime (not in the manifest) so installing Parley grants no host access (DESIGN.md).

export const OVERLAY_SCRIPT_ID = 'parley-overlay';

/** Patterns that would put the overlay on every site; granting them never turns on reading all pages. */
const EVERYWHERE = new Set(['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*']);

/** The granted origins the overlay should run on. */
export function overlayMatches(grantedOrigins: readonly string[]): string[] {
  return [...new Set(grantedOrigins.filter((origin) => !EVERYWHERE.has(origin)))].sort();
}

export interface ScriptingPort {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<Array<{ id: string; matches?: string[] }>>;
  registerContentScripts(scripts: chrome.scripting.RegisteredContentScript[]): Promise<void>;
  updateContentScripts(scripts: chrome.scripting.RegisteredContentScript[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}

export async function syncOverlayRegistration(
  scripting: ScriptingPort,
  grantedOrigins: readonly string[],
  scriptFile: string,
): Promise<string[]> {
  const matches = overlayMatches(grantedOrigins);
  const [existing] = await scripting.getRegisteredContentScripts({ ids: [OVERLAY_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing) await scripting.unregisterContentScripts({ ids: [OVERLAY_SCRIPT_ID] });
    return matches;
  }
  const script: chrome.scripting.RegisteredContentScript = {
    id: OVERLAY_SCRIPT_ID,
    js: [scriptFile],
    matches,
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
  if (existing) await scripting.updateContentScripts([script]);
  else await scripting.registerContentScripts([script]);
  return matches;
}
