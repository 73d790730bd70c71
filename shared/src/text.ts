// Message-text rules every client and the relay apply identically.
import { ParleyError } from './errors.ts';
import { MAX_MESSAGE_LENGTH } from './limits.ts';

/**
 * Normalises and checks message text. Throws `message_empty` or `message_too_long` so the sender
 * sees exactly why the message was refused. Trims surrounding whitespace but keeps inner line breaks.
 */
export function checkMessageText(text: string): string {
  const result = readMessageText(text);
  if (result.ok) return result.text;
  const { code, details } = result.problem;
  throw new ParleyError(
    code,
    code === 'message_empty'
      ? 'The message is empty.'
      : `The message is ${details.length} characters long; the limit is ${MAX_MESSAGE_LENGTH}. Split it into shorter messages.`,
    { details },
  );
}

/** Why message text is refused, as data: what the widget shows, without the error class it has no other use for. */
export type MessageTextProblem =
  | { code: 'message_empty'; details?: undefined }
  | { code: 'message_too_long'; details: { length: number; limit: number } };

/** The same rules as `checkMessageText`, answered instead of thrown. */
export function readMessageText(
  text: string,
): { ok: true; text: string } | { ok: false; problem: MessageTextProblem } {
  const trimmed = text.normalize('NFC').trim();
  if (trimmed.length === 0) return { ok: false, problem: { code: 'message_empty' } };
  if (trimmed.length > MAX_MESSAGE_LENGTH) {
    return {
      ok: false,
      problem: { code: 'message_too_long', details: { length: trimmed.length, limit: MAX_MESSAGE_LENGTH } },
    };
  }
  return { ok: true, text: trimmed };
}

/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). In a display name they
 * can make "Support" render as someone else's name or flip the text around it, so names drop them; message
 * text keeps them, because RTL buyers legitimately use them.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** A name shown to others (agent, persona, site): NFC, bidi controls removed, whitespace collapsed. */
export function cleanDisplayName(name: string): string {
  return name.normalize('NFC').replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim();
}
