// Authentication for /api/v1: bearer tokens (the admin token everywhere, an agent token for its own site), and
// for the attachment routes also a shopper's visitor token.
import { ParleyError } from '@parley/shared';
import type { MiddlewareHandler } from 'hono';
import type { Party, Principal, TokenResolver, VisitorPrincipal } from '../auth/principal.ts';

export interface AuthEnv {
  Variables: {
    /** The admin or an agent; set by `authenticate` (and by `authenticateParty` for bearer tokens). */
    principal: Principal;
    /** Whoever called: the principal, or a visitor on routes that accept visitor tokens. */
    party: Party;
  };
}

export interface AuthOptions {
  /** Turns a bearer token into the admin or an agent, or null when the token is unknown. */
  resolveToken: TokenResolver;
  /** Sent in WWW-Authenticate with 401s. */
  realm?: string;
}

export interface PartyAuthOptions extends AuthOptions {
  /** Turns a visitor token into its visitor; throws `unauthorized` or `token_expired`. */
  resolveVisitor: (token: string) => Promise<VisitorPrincipal>;
}

const DEFAULTS = { realm: 'parley' } satisfies Partial<AuthOptions>;

const CREDENTIALS = /^(Bearer|Visitor)[ \t]+(\S+)[ \t]*$/i;

export function authenticate(options: AuthOptions): MiddlewareHandler<AuthEnv> {
  if (typeof options?.resolveToken !== 'function') {
    throw new Error(
      'authenticate() needs a resolveToken function, e.g. createTokenResolver(storage, adminToken).',
    );
  }
  const { resolveToken, realm } = { ...DEFAULTS, ...options };
  const challenge = `Bearer realm="${realm}"`;

  return async function authenticateRequest(c, next) {
    const credentials = readCredentials(c.req.header('Authorization'));
    if (credentials?.scheme !== 'bearer') {
      c.header('WWW-Authenticate', challenge);
      throw new ParleyError(
        'unauthorized',
        'Send "Authorization: Bearer <token>" with the admin token or an agent token.',
      );
    }
    const principal = await resolveToken(credentials.token);
    if (!principal) {
      c.header('WWW-Authenticate', `${challenge}, error="invalid_token"`);
      throw invalidToken();
    }
    c.set('principal', principal);
    c.set('party', principal);
    await next();
  };
}

/** Accepts `Bearer <admin or agent token>` or `Visitor <visitor token>`; sets `party`. */
export function authenticateParty(options: PartyAuthOptions): MiddlewareHandler<AuthEnv> {
  if (typeof options?.resolveToken !== 'function' || typeof options.resolveVisitor !== 'function') {
    throw new Error(
      'authenticateParty() needs resolveToken and resolveVisitor functions (see createVisitorResolver).',
    );
  }
  const { resolveToken, resolveVisitor, realm } = { ...DEFAULTS, ...options };
  const challenge = `Bearer realm="${realm}", Visitor realm="${realm}"`;

  return async function authenticatePartyRequest(c, next) {
    const credentials = readCredentials(c.req.header('Authorization'));
    if (!credentials) {
      c.header('WWW-Authenticate', challenge);
      throw new ParleyError(
        'unauthorized',
        'Send "Authorization: Visitor <visitor token>" from the chat, or "Bearer <token>" as an agent.',
      );
    }
    if (credentials.scheme === 'visitor') {
      c.set('party', await resolveVisitor(credentials.token));
    } else {
      const principal = await resolveToken(credentials.token);
      if (!principal) {
        c.header('WWW-Authenticate', challenge);
        throw invalidToken();
      }
      c.set('principal', principal);
      c.set('party', principal);
    }
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

function readCredentials(header: string | undefined): { scheme: 'bearer' | 'visitor'; token: string } | null {
  const match = header ? CREDENTIALS.exec(header) : null;
  if (!match) return null;
  return { scheme: match[1]!.toLowerCase() as 'bearer' | 'visitor', token: match[2]! };
}

function invalidToken(): ParleyError {
  return new ParleyError(
    'unauthorized',
    'That token is not valid. Check for a typo or ask an admin for a new one.',
  );
}
