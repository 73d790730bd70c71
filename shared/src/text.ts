// Message-text rules every client and the relay apply identically.
import { ParleyError } from './errors.ts';
import { MAX_MESSAGE_LENGTH } from './limits.ts';

/**
 * Normalises and checks message text. Throws `message_empty` or `message_too_long` so the sender
 * sees exactly why the message was refused. Trims surrounding whitespace but keeps inner line breaks.
 */
export function checkMessageText(text: string): string {
  const trimmed = text.normalize('NFC').trim();
  if (trimmed.length === 0) throw new ParleyError('message_empty', 'The message is empty.');
  if (trimmed.length > MAX_MESSAGE_LENGTH) {
    throw new ParleyError(
      'message_too_long',
      `The message is ${trimmed.length} characters long; the limit is ${MAX_MESSAGE_LENGTH}. Split it into shorter messages.`,
      { details: { length: trimmed.length, limit: MAX_MESSAGE_LENGTH } },
    );
  }
  return trimmed;
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
