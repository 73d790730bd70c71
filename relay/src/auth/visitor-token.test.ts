import { ParleyError } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { signVisitorToken, VISITOR_TOKEN_TTL_MS, verifyVisitorToken } from './visitor-token.ts';

const SECRET = 'test-secret';
const subject = { visitorId: 'visitor-1', siteId: 'site-1' };

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof ParleyError ? error.code : 'not-a-parley-error';
  }
  return undefined;
}

describe('visitor tokens', () => {
  it('round-trips the visitor and site and lasts about a year', () => {
    const now = Date.UTC(2025, 0, 1);
    const claims = verifyVisitorToken(SECRET, signVisitorToken(SECRET, subject, { now }), now);
    expect(claims).toMatchObject(subject);
    expect(claims.expiresAt - now).toBeGreaterThan(VISITOR_TOKEN_TTL_MS - 1000);
  });

  it('rejects tampering, other secrets and garbage as unauthorized', () => {
    const token = signVisitorToken(SECRET, subject);
    const [version, payload, mac] = token.split('.');
    const otherVisitor = Buffer.from(
      JSON.stringify({ v: 'visitor-2', s: 'site-1', e: 9_999_999_999 }),
    ).toString('base64url');
    expect(codeOf(() => verifyVisitorToken(SECRET, `${version}.${otherVisitor}.${mac}`))).toBe(
      'unauthorized',
    );
    expect(codeOf(() => verifyVisitorToken('other', token))).toBe('unauthorized');
    expect(codeOf(() => verifyVisitorToken(SECRET, `${version}.${payload}`))).toBe('unauthorized');
    expect(codeOf(() => verifyVisitorToken(SECRET, 'not a token'))).toBe('unauthorized');
    expect(codeOf(() => verifyVisitorToken(SECRET, ''))).toBe('unauthorized');
  });

  it('reports a genuine but old token as token_expired', () => {
    const token = signVisitorToken(SECRET, subject, { now: 0, ttlMs: 1000 });
    expect(codeOf(() => verifyVisitorToken(SECRET, token, 5000))).toBe('token_expired');
  });
});
