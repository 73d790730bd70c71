import { describe, expect, it } from 'vitest';
import { readFrameParams, toHttpOrigin } from './params.ts';

const frame = (query: string) => `https://relay.example/frame/?${query}`;

describe('toHttpOrigin', () => {
  it('accepts exact http(s) origins only', () => {
    expect(toHttpOrigin('https://shop.example')).toBe('https://shop.example');
    expect(toHttpOrigin('http://localhost:3000')).toBe('http://localhost:3000');
    for (const bad of [
      '*',
      'null',
      '',
      'javascript:alert(1)',
      'https://shop.example/',
      'https://a@shop.example',
    ]) {
      expect(toHttpOrigin(bad), bad).toBeNull();
    }
  });
});

describe('readFrameParams', () => {
  it('reads site, locale and the host origin from the frame URL', () => {
    const params = readFrameParams(frame('site=pk_1&locale=th-TH&origin=https%3A%2F%2Fshop.example'));
    expect(params).toEqual({
      site: 'pk_1',
      locale: 'th-TH',
      parentOrigin: 'https://shop.example',
      color: undefined,
    });
  });

  it('trusts no parent when the origin parameter is missing or not an http(s) origin', () => {
    expect(readFrameParams(frame('site=pk_1')).parentOrigin).toBeNull();
    expect(readFrameParams(frame('site=pk_1&origin=*')).parentOrigin).toBeNull();
  });

  it('trusts no parent when the real embedder is another origin than the parameter claims', () => {
    const url = frame('site=pk_1&origin=https%3A%2F%2Fshop.example');
    expect(readFrameParams(url, ['https://evil.example']).parentOrigin).toBeNull();
    expect(readFrameParams(url, ['https://shop.example']).parentOrigin).toBe('https://shop.example');
  });
});
