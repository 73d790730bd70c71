// The relay's limiters, built once from RateLimits and shared by the HTTP API and both Socket.IO namespaces.
import { isLoopback } from '../client-ip.ts';
import { createKeyedLimiter, type KeyedLimiter } from './keyed-limiter.ts';
import type { RateLimits } from './limits.ts';
import type { Refused } from './token-bucket.ts';

export interface Limiters {
  visitorSend: KeyedLimiter;
  agentSend: KeyedLimiter;
  siteSend: KeyedLimiter;
  socketEvents: KeyedLimiter;
  apiPerToken: KeyedLimiter;
  /** Keyed by client IP; loopback peers pass when the limits exempt them. */
  handshakePerIp: KeyedLimiter;
  apiPerIp: KeyedLimiter;
  /** Keyed by client IP, loopback included: see RateLimits.pairingPerIp. */
  pairingPerIp: KeyedLimiter;
}

const REFUSED: Record<keyof Limiters, Refused> = {
  visitorSend: 'messages',
  agentSend: 'messages',
  siteSend: 'messages',
  socketEvents: 'events',
  apiPerToken: 'requests',
  handshakePerIp: 'connections',
  apiPerIp: 'requests',
  pairingPerIp: 'requests',
};

export function createLimiters(limits: RateLimits, onRefuse?: (name: string) => void): Limiters {
  const make = (name: keyof Limiters): KeyedLimiter =>
    createKeyedLimiter({
      limit: limits[name],
      name,
      refused: REFUSED[name],
      ...(onRefuse ? { onRefuse } : {}),
    });
  const perIp = (name: 'handshakePerIp' | 'apiPerIp'): KeyedLimiter => {
    const limiter = make(name);
    if (!limits.exemptLoopback) return limiter;
    return {
      take: (ip) => {
        if (!isLoopback(ip)) limiter.take(ip);
      },
      get size() {
        return limiter.size;
      },
    };
  };
  return {
    visitorSend: make('visitorSend'),
    agentSend: make('agentSend'),
    siteSend: make('siteSend'),
    socketEvents: make('socketEvents'),
    apiPerToken: make('apiPerToken'),
    handshakePerIp: perIp('handshakePerIp'),
    apiPerIp: perIp('apiPerIp'),
    pairingPerIp: make('pairingPerIp'),
  };
}
