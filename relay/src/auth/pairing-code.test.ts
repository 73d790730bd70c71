import { describe, expect, it } from 'vitest';
import { createPairingCode, hashPairingCode, normalisePairingCode } from './pairing-code.ts';

describe('pairing codes', () => {
  it('are XXXX-XXXX in Crockford base32, different every time', () => {
    const codes = new Set(Array.from({ length: 200 }, createPairingCode));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('read the way people type them: any case, dash or spaces, O for 0 and I or L for 1', () => {
    expect(normalisePairingCode('ab12-cd34')).toBe('AB12CD34');
    expect(normalisePairingCode(' AB12 CD34 ')).toBe('AB12CD34');
    expect(normalisePairingCode('AB1O-CDl4')).toBe('AB10CD14');
    expect(hashPairingCode(normalisePairingCode('ab12-cd34')!)).toMatch(/^[0-9a-f]{64}$/);
    expect(normalisePairingCode('AB12-CD3')).toBeNull();
    expect(normalisePairingCode('AB12-CD3U')).toBeNull();
    expect(normalisePairingCode('AB12_CD34')).toBeNull();
  });
});
