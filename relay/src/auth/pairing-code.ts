// One-time pairing codes: what an agent types into the extension's options to give it a token of its own.
import { randomBytes } from 'node:crypto';
import { hashToken } from './agent-token.ts';

/** Crockford's base32: digits and capitals without I, L, O and U, which are read as 1, 1, 0 or nothing. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const PAIRING_CODE_LENGTH = 8;

/** Long enough to type a code from one screen into another, short enough that a leaked one soon stops working. */
export const PAIRING_CODE_TTL_MS = 10 * 60 * 1000;

/** 8 random symbols (40 bits), shown as XXXX-XXXX. */
export function createPairingCode(): string {
  // 256 is a multiple of 32, so taking 5 bits of each byte keeps every symbol equally likely.
  const symbols = [...randomBytes(PAIRING_CODE_LENGTH)].map((byte) => ALPHABET[byte & 31]).join('');
  return `${symbols.slice(0, 4)}-${symbols.slice(4)}`;
}

/**
 * The code as stored: upper case, without dashes or spaces, and with the letters Crockford's alphabet leaves out
 * read as the digits they look like (O → 0, I and L → 1). Null when what is left cannot be a code.
 */
export function normalisePairingCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== PAIRING_CODE_LENGTH) return null;
  for (const symbol of code) if (!ALPHABET.includes(symbol)) return null;
  return code;
}

/** SHA-256 hex of the normalised code: the only form the database holds. */
export function hashPairingCode(normalised: string): string {
  return hashToken(normalised);
}
