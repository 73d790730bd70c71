import { describe, expect, it } from 'vitest';
import { protectSpans, restoreSpans } from './placeholders.ts';

/** Stands in for a translator that rewrites every word but keeps the tokens, as the prompt demands. */
function fakeTranslate(text: string): string {
  return text.replace(/[A-Za-z]+/g, (word) => word.toUpperCase());
}

describe('protectSpans / restoreSpans', () => {
  it('brings back order numbers, URLs, emails, prices, emoji and line breaks byte-identical', () => {
    const original =
      'Order #A12345 shipped 📦\nTrack: https://track.example/SP123456789?x=1 or mail help@shop.example.\nTotal ฿950 (€24.00) 🙏🏽';
    const { text, spans } = protectSpans(original);
    expect(text).not.toContain('A12345');
    expect(text).not.toContain('https://');
    expect(text).not.toContain('\n');
    const restored = restoreSpans(fakeTranslate(text), spans);
    expect(restored).not.toBeNull();
    for (const span of [
      '#A12345',
      'https://track.example/SP123456789?x=1',
      'help@shop.example',
      '฿950',
      '€24.00',
      '📦',
      '\n',
    ]) {
      expect(restored).toContain(span);
    }
  });

  it('keeps glossary terms untranslated', () => {
    const { text, spans } = protectSpans('Is Centella Calming Cream good for acne?', [
      'Centella Calming Cream',
    ]);
    expect(text).not.toContain('Centella');
    expect(restoreSpans(fakeTranslate(text), spans)).toContain('Centella Calming Cream');
  });

  it('refuses a translation that dropped, duplicated or invented a token', () => {
    const { text, spans } = protectSpans('Order #A12345 and #B67890');
    expect(restoreSpans(text.replace('⟦0⟧', ''), spans)).toBeNull();
    expect(restoreSpans(`${text} ⟦0⟧`, spans)).toBeNull();
    expect(restoreSpans(`${text} ⟦7⟧`, spans)).toBeNull();
  });
});
