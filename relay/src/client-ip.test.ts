import { describe, expect, it } from 'vitest';
import { clientIp, isLoopback } from './client-ip.ts';

describe('clientIp', () => {
  it('uses the TCP peer and ignores X-Forwarded-For unless a proxy is trusted', () => {
    expect(
      clientIp({ remoteAddress: '::ffff:203.0.113.7', forwardedFor: '1.2.3.4', trustedProxies: 0 }),
    ).toBe('203.0.113.7');
  });

  it('takes the address the trusted proxies saw, not one a client made up', () => {
    // The client claimed 1.2.3.4; the one proxy appended the real client address 198.51.100.9.
    const address = { remoteAddress: '10.0.0.2', forwardedFor: '1.2.3.4, 198.51.100.9', trustedProxies: 1 };
    expect(clientIp(address)).toBe('198.51.100.9');
    expect(clientIp({ ...address, trustedProxies: 5 })).toBe('1.2.3.4');
    expect(clientIp({ remoteAddress: undefined, forwardedFor: undefined, trustedProxies: 1 })).toBe(
      'unknown',
    );
  });

  it('recognises loopback peers', () => {
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('::1')).toBe(true);
    expect(isLoopback('203.0.113.7')).toBe(false);
  });
});
