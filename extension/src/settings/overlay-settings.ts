// What the page overlay needs to know about the agent: the language they read and how they present to buyers.
// Kept apart from the relay settings so a content script can read it without ever reading the agent token.
import type { AgentPersona } from '@parley/shared';

export type PersonaGender = NonNullable<AgentPersona['gender']>;

export const PERSONA_GENDERS: readonly PersonaGender[] = ['neutral', 'female', 'male'];

export interface OverlaySettings {
  /** ISO 639-1 code buyer messages are translated into, e.g. "en". */
  agentLanguage: string;
  /** The name buyers see; empty until the agent sets one. */
  displayName: string;
  /** Chooses gendered politeness particles where a language has them (Thai ค่ะ/ครับ). */
  gender: PersonaGender;
}

export const OVERLAY_SETTINGS_KEY = 'parley.overlay';

const MAX_DISPLAY_NAME = 60;

export function parseOverlaySettings(value: unknown, browserLanguage = 'en'): OverlaySettings {
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const language = typeof stored.agentLanguage === 'string' ? stored.agentLanguage : browserLanguage;
  const displayName = typeof stored.displayName === 'string' ? stored.displayName.trim() : '';
  const gender = PERSONA_GENDERS.find((g) => g === stored.gender) ?? 'neutral';
  return {
    agentLanguage: /^[a-z]{2,3}$/.test(language) ? language : baseOf(browserLanguage),
    displayName: displayName.slice(0, MAX_DISPLAY_NAME),
    gender,
  };
}

/**
 * The options' persona as the assist API's `persona` override: only what the agent actually set, so a persona
 * left at "Not specified" (and no name) keeps whatever the team stored for them on the relay.
 */
export function personaOverride(settings: OverlaySettings): AgentPersona | undefined {
  const persona: AgentPersona = {
    ...(settings.displayName ? { displayName: settings.displayName } : {}),
    ...(settings.gender !== 'neutral' ? { gender: settings.gender } : {}),
  };
  return Object.keys(persona).length > 0 ? persona : undefined;
}

function baseOf(locale: string): string {
  const base = locale.toLowerCase().split('-')[0] ?? '';
  return /^[a-z]{2,3}$/.test(base) ? base : 'en';
}
