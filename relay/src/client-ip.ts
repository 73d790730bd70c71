// The client's IP address for per-IP limits: the TCP peer, or the X-Forwarded-For entry a trusted proxy added.
import { isIPv4 } from 'node:net';

export interface ClientAddress {
  /** The TCP peer (socket.remoteAddress). */
  remoteAddress: string | undefined;
  /** The X-Forwarded-For header, if any. */
  forwardedFor: string | string[] | undefined;
  /**
   * How many proxies in front of the relay append to X-Forwarded-For (PARLEY_TRUST_PROXY). 0 trusts none: the
   * header is ignored, because any client can send one.
   */
  trustedProxies: number;
}

/** The address to limit by; "unknown" when the peer has none (a closed socket). */
export function clientIp(address: ClientAddress): string {
  const peer = normalizeIp(address.remoteAddress ?? '') || 'unknown';
  if (address.trustedProxies <= 0 || address.forwardedFor === undefined) return peer;
  const header = Array.isArray(address.forwardedFor) ? address.forwardedFor.join(',') : address.forwardedFor;
  const chain = [
    ...header
      .split(',')
      .map((entry) => normalizeIp(entry))
      .filter(Boolean),
    peer,
  ];
  // Each trusted proxy appended the address it saw; the entry before the last of them is the client.
  return chain[Math.max(0, chain.length - 1 - address.trustedProxies)] ?? peer;
}

export function isLoopback(ip: string): boolean {
  return ip === '::1' || (isIPv4(ip) && ip.startsWith('127.'));
}

function normalizeIp(value: string): string {
  const trimmed = value.trim().toLowerCase();
  // Dual-stack sockets report IPv4 peers as ::ffff:a.b.c.d.
  return trimmed.startsWith('::ffff:') && isIPv4(trimmed.slice(7)) ? trimmed.slice(7) : trimmed;
}
