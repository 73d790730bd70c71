// Where the inbox finds its relay and token: the settings shape, its validation, and the storage port.

export interface AgentSettings {
  /** The relay's base URL, normalised without a trailing slash, e.g. `http://localhost:8787`. */
  relayUrl: string;
  token: string;
}

/** One storage key for both ports, so the extension and the console read the same shape. */
export const SETTINGS_KEY = 'parley.settings';

/** The storage port: `browser.storage.local` in the extension, `localStorage` in the web console. */
export interface SettingsStore {
  /** Whatever is stored, possibly partial (after sign-out only the relay URL remains). */
  load(): Promise<Partial<AgentSettings>>;
  save(settings: AgentSettings): Promise<void>;
  /** Forgets the token but keeps the relay URL, so signing in again is one paste. */
  signOut(): Promise<void>;
}

export type SettingsErrors = Partial<Record<keyof AgentSettings, string>>;

export type SettingsCheck = { ok: true; settings: AgentSettings } | { ok: false; errors: SettingsErrors };

/** Checks what the agent typed; the messages are shown under the fields as written. */
export function checkSettings(input: { relayUrl: string; token: string }): SettingsCheck {
  const errors: SettingsErrors = {};
  const relayUrl = normaliseRelayUrl(input.relayUrl, errors);
  const token = input.token.trim();
  if (token.length === 0) errors.token = 'Enter the agent token.';
  else if (/\s/.test(token)) errors.token = 'The token cannot contain spaces or line breaks.';
  if (relayUrl === undefined || errors.token) return { ok: false, errors };
  return { ok: true, settings: { relayUrl, token } };
}

function normaliseRelayUrl(raw: string, errors: SettingsErrors): string | undefined {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    errors.relayUrl = 'Enter the relay address, e.g. http://localhost:8787.';
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    errors.relayUrl = 'The relay URL must start with http:// or https://.';
    return undefined;
  }
  // Credentials belong in the token field: anything in a URL ends up in logs and history.
  if (url.username || url.password || url.search || url.hash) {
    errors.relayUrl = 'Use the relay address alone, without a user name, ?query or #fragment.';
    return undefined;
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}

/** Reads a stored value defensively: storage may hold anything an older version or a user put there. */
export function parseStoredSettings(value: unknown): Partial<AgentSettings> {
  if (typeof value !== 'object' || value === null) return {};
  const { relayUrl, token } = value as Record<string, unknown>;
  return {
    ...(typeof relayUrl === 'string' ? { relayUrl } : {}),
    ...(typeof token === 'string' ? { token } : {}),
  };
}
