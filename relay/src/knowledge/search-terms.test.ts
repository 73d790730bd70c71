import { describe, expect, it } from 'vitest';
import { normalizeTerm, searchTerm, tokenize } from './search-terms.ts';

describe('search terms', () => {
  it('splits scripts written without spaces into words', () => {
    expect(tokenize('คืนสินค้าได้ไหม')).toEqual(['คืน', 'สินค้า', 'ได้', 'ไหม']);
    expect(tokenize('面霜的成分是什么？')).toEqual(['面霜', '的', '成分', '是', '什么']);
    expect(tokenize('返品できますか')).toContain('返品');
    expect(tokenize('Trả hàng, được không?')).toEqual(['Trả', 'hàng', 'được', 'không']);
  });

  it('folds Latin diacritics and case, and leaves the marks of other scripts alone', () => {
    expect(['Trả', 'hàng', 'được', 'Đổi'].map(normalizeTerm)).toEqual(['tra', 'hang', 'duoc', 'doi']);
    expect(['Rückgabe', 'Straße', 'São', 'Øre'].map(normalizeTerm)).toEqual([
      'ruckgabe',
      'strasse',
      'sao',
      'ore',
    ]);
    // Thai tone marks and Japanese dakuten are combining marks that change the word.
    expect(normalizeTerm('ได้')).toBe('ได้');
    expect(normalizeTerm('が')).toBe('が');
  });

  it('drops function words and Japanese grammar, and folds Latin plurals', () => {
    expect(['how', 'does', 'ไหม', '的', 'した', 'の'].map(searchTerm)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(['Refunds', 'descuentos', 'glass', 'bus', '返品'].map(searchTerm)).toEqual([
      'refund',
      'descuento',
      'glass',
      'bus',
      '返品',
    ]);
  });
});
