import { describe, expect, it } from 'vitest';
import { matchesPattern } from './match-pattern.ts';

describe('Chrome match patterns', () => {
  it('matches a subdomain wildcard on the domain and its subdomains only', () => {
    expect(matchesPattern('https://*.zendesk.com/*', 'https://acme.zendesk.com/agent/tickets/1')).toBe(true);
    expect(matchesPattern('https://*.zendesk.com/*', 'https://zendesk.com.evil.test/')).toBe(false);
    expect(matchesPattern('https://*.zendesk.com/*', 'http://acme.zendesk.com/')).toBe(false);
  });

  it('ignores the port, as Chrome does for host patterns', () => {
    expect(matchesPattern('https://seller.shopee.co.th/*', 'https://seller.shopee.co.th:8443/webchat')).toBe(
      true,
    );
  });

  it('rejects what is not a match pattern, saying what was expected', () => {
    expect(() => matchesPattern('seller.shopee.co.th', 'https://seller.shopee.co.th/')).toThrow(
      /scheme:\/\/host\/path/,
    );
  });
});
