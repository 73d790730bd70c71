// What the page overlay needs to know about the agent: the language they read. Kept apart from the relay
// settings so a content script can read it without ever reading the agent token.

export interface OverlaySettings {
  /** ISO 639-1 code buyer messages are translated into, e.g. "en". */
  agentLanguage: string;
}

export const OVERLAY_SETTINGS_KEY = 'parley.overlay';

export function parseOverlaySettings(value: unknown, browserLanguage = 'en'): OverlaySettings {
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const language = typeof stored.agentLanguage === 'string' ? stored.agentLanguage : browserLanguage;
  return { agentLanguage: /^[a-z]{2,3}$/.test(language) ? language : baseOf(browserLanguage) };
}

function baseOf(locale: string): string {
  const base = locale.toLowerCase().split('-')[0] ?? '';
  return /^[a-z]{2,3}$/.test(base) ? base : 'en';
}
