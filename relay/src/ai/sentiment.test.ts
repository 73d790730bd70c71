import { describe, expect, it } from 'vitest';
import { scoreSentiment } from './sentiment.ts';

describe('scoreSentiment', () => {
  it('hears anger and thanks in several languages', () => {
    expect(scoreSentiment('worst shop ever, total scam 😡', 'complaint')).toBe('negative');
    expect(scoreSentiment('ร้านแย่มาก ผิดหวังสุดๆ', 'complaint')).toBe('negative');
    expect(scoreSentiment('cảm ơn shop nhiều ạ ❤️', 'greeting_thanks')).toBe('positive');
    expect(scoreSentiment('ありがとうございます！', 'greeting_thanks')).toBe('positive');
  });

  it('uses the intent when the words are neutral', () => {
    expect(scoreSentiment('the lid arrived cracked', 'damaged_or_defective')).toBe('negative');
    expect(scoreSentiment('do you ship to Brazil?', 'product_question')).toBe('neutral');
  });

  it('does not call a polite safety report positive', () => {
    expect(scoreSentiment('thank you, but my face is swollen after the cream', 'product_safety')).toBe(
      'neutral',
    );
  });
});
