// Visitor tokens: HMAC-signed (visitor id, site id, expiry), so a reloaded page continues its conversation.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { ParleyError } from '@parley/shared';

/** About a year: long enough that a shopper returning next season still finds their conversation. */
export const VISITOR_TOKEN_TTL_MS = 365 * 24 * 60 * 60 * 1000;

const VERSION = 'v1';

export interface VisitorTokenClaims {
  visitorId: string;
  siteId: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

export function signVisitorToken(
  secret: string,
  subject: { visitorId: string; siteId: string },
  options: { now?: number; ttlMs?: number } = {},
): string {
  const expiresAt = (options.now ?? Date.now()) + (options.ttlMs ?? VISITOR_TOKEN_TTL_MS);
  const payload = Buffer.from(
    JSON.stringify({ v: subject.visitorId, s: subject.siteId, e: Math.floor(expiresAt / 1000) }),
  ).toString('base64url');
  return `${VERSION}.${payload}.${signature(secret, payload)}`;
}

/**
 * Checks the signature before reading anything else, so forged tokens never reach the expiry check.
 * Throws `unauthorized` for anything not signed by this relay, `token_expired` for a genuine old token.
 */
export function verifyVisitorToken(
  secret: string,
  token: string,
  now: number = Date.now(),
): VisitorTokenClaims {
  const invalid = () =>
    new ParleyError(
      'unauthorized',
      'The visitor token is not valid for this relay. Connect again without a token to start a new session.',
    );
  const [version, payload, mac, ...rest] = token.split('.');
  if (version !== VERSION || !payload || !mac || rest.length > 0) throw invalid();
  const expected = Buffer.from(signature(secret, payload));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();

  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  const { v, s, e } = (claims ?? {}) as Record<string, unknown>;
  if (typeof v !== 'string' || typeof s !== 'string' || typeof e !== 'number') throw invalid();
  const expiresAt = e * 1000;
  if (expiresAt <= now) {
    throw new ParleyError(
      'token_expired',
      'The visitor token has expired. Connect again without a token to start a new session.',
    );
  }
  return { visitorId: v, siteId: s, expiresAt };
}

function signature(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(`${VERSION}.${payload}`).digest('base64url');
}
