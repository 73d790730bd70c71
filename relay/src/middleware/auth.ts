// Bearer-token authentication for /api/v1: the admin token everywhere, an agent token for its own site only.
import { ParleyError } from '@parley/shared';
import type { MiddlewareHandler } from 'hono';
import type { Principal, TokenResolver } from '../auth/principal.ts';

export interface AuthEnv {
  Variables: { principal: Principal };
}

export interface AuthOptions {
  /** Turns a bearer token into the admin or an agent, or null when the token is unknown. */
  resolveToken: TokenResolver;
  /** Sent in WWW-Authenticate with 401s. */
  realm?: string;
}

const DEFAULTS = { realm: 'parley' } satisfies Partial<AuthOptions>;

export function authenticate(options: AuthOptions): MiddlewareHandler<AuthEnv> {
  if (typeof options?.resolveToken !== 'function') {
    throw new Error(
      'authenticate() needs a resolveToken function, e.g. createTokenResolver(storage, adminToken).',
    );
  }
  const { resolveToken, realm } = { ...DEFAULTS, ...options };
  const challenge = `Bearer realm="${realm}"`;

  return async function authenticateRequest(c, next) {
    const header = c.req.header('Authorization');
    const match = header ? /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header) : null;
    if (!match) {
      c.header('WWW-Authenticate', challenge);
      throw new ParleyError(
        'unauthorized',
        'Send "Authorization: Bearer <token>" with the admin token or an agent token.',
      );
    }
    const principal = await resolveToken(match[1]!);
    if (!principal) {
      c.header('WWW-Authenticate', `${challenge}, error="invalid_token"`);
      throw new ParleyError(
        'unauthorized',
        'That token is not valid. Check for a typo or ask an admin for a new one.',
      );
    }
    c.set('principal', principal);
    await next();
  };
}

/** Lets only the admin token through; an agent token gets `forbidden`, since it is valid but not enough. */
export function adminOnly(): MiddlewareHandler<AuthEnv> {
  return async function requireAdmin(c, next) {
    if (c.get('principal')?.kind !== 'admin') {
      throw new ParleyError('forbidden', 'Only the admin token can do this.');
    }
    await next();
  };
}
