// Filling a template: one pass of plain string replacement over known `{name}` tokens, nothing evaluated.
import { marketForLanguage, politeParticles } from '../markets/lookup.ts';
import type { AgentPersona } from '../protocol.ts';
import { cleanDisplayName } from '../text.ts';
import { replyLanguageFor } from './languages.ts';
import {
  type CommitmentKind,
  PERSONA_TOKENS,
  type PersonaToken,
  type ReplyLanguage,
  type ReplyTemplate,
  SLOT_NAMES,
  type SlotName,
} from './types.ts';

export interface RenderOptions {
  /** Slot values as plain text. Empty or whitespace-only values count as missing. */
  slots?: Partial<Record<SlotName, string>>;
  /** Chooses Thai particles; its displayName also fills `{agent_name}` when that slot is not given. */
  persona?: AgentPersona;
}

export interface RenderedReply {
  templateId: string;
  language: ReplyLanguage;
  /** The buyer-facing text. Unfilled slots appear as `[slot_name]`. */
  text: string;
  /** The English back-translation with the same values, for the agent to check. */
  gloss: string;
  /** Slots left unfilled, in order of first appearance; the UI must not send while this is non-empty. */
  missing: SlotName[];
  commitments: readonly CommitmentKind[];
}

/** Matches `{name}`; only names in SLOT_NAMES or PERSONA_TOKENS are ever replaced. */
const TOKEN = /\{([a-z_]+)\}/g;

function isSlotName(name: string): name is SlotName {
  return (SLOT_NAMES as readonly string[]).includes(name);
}

function isPersonaToken(name: string): name is PersonaToken {
  return (PERSONA_TOKENS as readonly string[]).includes(name);
}

/**
 * The visible stand-in for an unfilled slot. Square brackets rather than the original braces, so an agent
 * sees at a glance that it is a gap and a pasted draft cannot be mistaken for a template and filled again.
 */
export function missingSlotMarker(name: SlotName): string {
  return `[${name}]`;
}

/** The slot and persona tokens a text uses, each once, in order of appearance. */
export function tokensIn(text: string): { slots: SlotName[]; persona: PersonaToken[]; unknown: string[] } {
  const slots = new Set<SlotName>();
  const persona = new Set<PersonaToken>();
  const unknown = new Set<string>();
  for (const [, name] of text.matchAll(TOKEN)) {
    if (isSlotName(name!)) slots.add(name);
    else if (isPersonaToken(name!)) persona.add(name);
    else unknown.add(name!);
  }
  return { slots: [...slots], persona: [...persona], unknown: [...unknown] };
}

/**
 * Renders `template` in `language` (a library language, code or locale: "th", "zh-TW", "pt-BR").
 * Returns undefined when the template has no text in that language, so the caller can fall back to
 * translating the English text.
 *
 * Slot values are inserted exactly as given (trimmed): a value that contains `{buyer_name}`, `$&` or
 * `<script>` stays literal text, because replacement is a single pass over the template and its output is
 * never scanned again. Rendering never produces HTML; the clients show the result as text.
 */
export function renderTemplate(
  template: ReplyTemplate,
  language: string,
  options: RenderOptions = {},
): RenderedReply | undefined {
  const replyLanguage = replyLanguageFor(language);
  const written = replyLanguage ? template.texts[replyLanguage] : undefined;
  if (!replyLanguage || !written) return undefined;

  const values = slotValues(options);
  const market = marketForLanguage(replyLanguage);
  const particles = market ? politeParticles(market, options.persona) : undefined;
  const missing = new Set<SlotName>();

  const fill = (source: string): string =>
    source.replace(TOKEN, (token, name: string) => {
      if (isSlotName(name)) {
        const value = values[name];
        if (value !== undefined) return value;
        missing.add(name);
        return missingSlotMarker(name);
      }
      if (name === 'particle' && particles) return particles.statement;
      if (name === 'particle_q' && particles) return particles.question;
      // Not ours to fill; leave it visible rather than guess.
      return token;
    });

  return {
    templateId: template.id,
    language: replyLanguage,
    text: fill(written.text),
    gloss: fill(written.gloss ?? template.texts.en?.text ?? written.text),
    missing: [...missing],
    commitments: template.commitments,
  };
}

function slotValues(options: RenderOptions): Partial<Record<SlotName, string>> {
  const values: Partial<Record<SlotName, string>> = {};
  for (const name of SLOT_NAMES) {
    const raw = options.slots?.[name];
    // Only strings: anything else would need converting, and converting an object runs its code.
    const value = typeof raw === 'string' ? raw.trim() : '';
    if (value) values[name] = value;
  }
  if (!values.agent_name && options.persona?.displayName) {
    const name = cleanDisplayName(options.persona.displayName);
    if (name) values.agent_name = name;
  }
  return values;
}
