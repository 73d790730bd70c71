// What every socket handler and handshake shares: the limiters, the shutdown drain, and error counting.
import { type ErrorCode, ParleyError } from '@parley/shared';
import type { Socket } from 'socket.io';
import { clientIp } from '../client-ip.ts';
import type { Drain } from '../drain.ts';
import type { RelayMetrics } from '../metrics.ts';
import type { Limiters } from '../rate-limit/limiters.ts';

export interface SocketHandlerContext {
  limiters: Limiters;
  /** Tracks acknowledged handlers so a shutdown lets them finish and refuses new ones. */
  drain: Drain;
  /** Counts an error code acked to a client. */
  onError: (code: ErrorCode) => void;
}

/** The first step of every handshake, before any database work. */
export interface HandshakeGuard {
  /** Throws `unavailable` while shutting down and `rate_limited` for too many handshakes from one IP. */
  admit(socket: Socket): void;
  /** Counts a refused handshake by code. */
  refused(error: unknown): void;
}

export function createHandshakeGuard(options: {
  limiters: Limiters;
  drain: Drain;
  metrics: RelayMetrics;
  trustedProxies: number;
}): HandshakeGuard {
  const { limiters, drain, metrics, trustedProxies } = options;
  return {
    admit(socket) {
      drain.admit();
      limiters.handshakePerIp.take(
        clientIp({
          remoteAddress: socket.handshake.address,
          forwardedFor: socket.handshake.headers['x-forwarded-for'],
          trustedProxies,
        }),
      );
    },
    refused(error) {
      metrics.errors.inc({ code: ParleyError.fromUnknown(error).code, transport: 'handshake' });
    },
  };
}
