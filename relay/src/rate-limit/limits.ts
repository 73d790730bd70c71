// Which limits the relay applies and how big they are: defaults, and PARLEY_RATE_LIMITS to change or switch them off.
import { checkRateLimitOptions, type RateLimitOptions } from './token-bucket.ts';

/**
 * Every limit is a token bucket in this process's memory: with N relay processes behind a balancer, a client
 * spread over all of them gets up to N times the budget. Null switches a limit off.
 */
export interface RateLimits {
  /** Messages per visitor (all their tabs on this process). */
  visitorSend: RateLimitOptions | null;
  /** Replies per agent (the admin token counts as one agent). */
  agentSend: RateLimitOptions | null;
  /** Visitor messages per site: one flooded storefront cannot take the relay from the others. */
  siteSend: RateLimitOptions | null;
  /** Socket.IO handshakes per client IP. */
  handshakePerIp: RateLimitOptions | null;
  /** Other acknowledged socket events (sync, list, read, assign…) per socket. */
  socketEvents: RateLimitOptions | null;
  /** /api/v1 requests per client IP, before authentication. */
  apiPerIp: RateLimitOptions | null;
  /** /api/v1 requests per token (agent, admin or visitor), after authentication. */
  apiPerToken: RateLimitOptions | null;
  /**
   * Pairing-code exchanges per client IP: the guessing budget for codes. Applied to loopback peers too, so a
   * proxy in front of the relay without PARLEY_TRUST_PROXY makes everyone share it rather than lifting it.
   */
  pairingPerIp: RateLimitOptions | null;
  /**
   * Per-IP limits skip loopback peers. On loopback the peer is a proxy on the same machine (then set
   * PARLEY_TRUST_PROXY so the forwarded client address is limited instead) or a local load test, not a shopper.
   */
  exemptLoopback: boolean;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  visitorSend: { capacity: 10, refillPerSecond: 1 },
  agentSend: { capacity: 10, refillPerSecond: 1 },
  siteSend: { capacity: 2000, refillPerSecond: 1000 },
  handshakePerIp: { capacity: 30, refillPerSecond: 1 },
  socketEvents: { capacity: 60, refillPerSecond: 20 },
  apiPerIp: { capacity: 300, refillPerSecond: 50 },
  apiPerToken: { capacity: 120, refillPerSecond: 20 },
  pairingPerIp: { capacity: 10, refillPerSecond: 10 / 60 },
  exemptLoopback: true,
};

export const NO_RATE_LIMITS: RateLimits = {
  visitorSend: null,
  agentSend: null,
  siteSend: null,
  handshakePerIp: null,
  socketEvents: null,
  apiPerIp: null,
  apiPerToken: null,
  pairingPerIp: null,
  exemptLoopback: true,
};

type LimitName = Exclude<keyof RateLimits, 'exemptLoopback'>;
const LIMIT_NAMES = Object.keys(NO_RATE_LIMITS).filter((key) => key !== 'exemptLoopback') as LimitName[];

/**
 * Parses PARLEY_RATE_LIMITS: unset for the defaults, `off` for none (load tests), or a comma-separated list of
 * changes to the defaults, e.g. `visitorSend=20/2,handshakePerIp=off,loopback=limit`
 * (capacity/refill-per-second). Throws an Error that says how to fix a bad value.
 */
export function parseRateLimits(value: string | undefined): RateLimits {
  const trimmed = value?.trim();
  if (!trimmed) return { ...DEFAULT_RATE_LIMITS };
  if (trimmed === 'off') return { ...NO_RATE_LIMITS };
  const limits: RateLimits = { ...DEFAULT_RATE_LIMITS };
  for (const part of trimmed.split(',')) {
    const [name, setting] = part.split('=').map((piece) => piece.trim());
    if (name === 'loopback' && (setting === 'exempt' || setting === 'limit')) {
      limits.exemptLoopback = setting === 'exempt';
      continue;
    }
    if (!LIMIT_NAMES.includes(name as LimitName) || !setting) {
      throw new Error(
        `PARLEY_RATE_LIMITS has "${part}". Use "off", or entries like visitorSend=20/2 (capacity/refill per second) ` +
          `or handshakePerIp=off, for: ${LIMIT_NAMES.join(', ')}; and loopback=exempt|limit.`,
      );
    }
    limits[name as LimitName] = setting === 'off' ? null : parseLimit(name!, setting);
  }
  return limits;
}

function parseLimit(name: string, setting: string): RateLimitOptions {
  const match = /^(\d+)\/(\d+(?:\.\d+)?)$/.exec(setting);
  const options = match ? { capacity: Number(match[1]), refillPerSecond: Number(match[2]) } : null;
  if (!options) {
    throw new Error(
      `PARLEY_RATE_LIMITS: ${name}=${setting} must be capacity/refill-per-second, e.g. ${name}=20/2.`,
    );
  }
  try {
    checkRateLimitOptions(options);
  } catch {
    throw new Error(
      `PARLEY_RATE_LIMITS: ${name}=${setting} needs a capacity of at least 1 and a refill above 0.`,
    );
  }
  return options;
}
