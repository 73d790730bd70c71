// Suggested replies in the inbox: shown with what they say in the agent's language, never sent by themselves,
// and a reply that promises money or goods needs the agent's yes.
import type { SuggestResult } from '@parley/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { click, get, getAll, mount, textOf, waitFor } from '../../test/dom.ts';
import { Suggestions } from './Suggestions.tsx';

const RESULT: SuggestResult = {
  intent: 'return_refund',
  language: 'th',
  degraded: false,
  suggestions: [
    {
      text: 'รบกวนแจ้งเลขคำสั่งซื้อด้วยนะคะ',
      language: 'th',
      backTranslation: 'Please send your order number.',
      backTranslationLanguage: 'en',
      source: 'template',
      slots: { filled: {}, missing: [] },
      commitments: [],
      clarifying: false,
      warnings: [],
    },
    {
      text: 'ทางร้านคืนเงินให้แล้วค่ะ',
      language: 'th',
      backTranslation: 'We have refunded you.',
      backTranslationLanguage: 'en',
      source: 'template',
      slots: { filled: {}, missing: [] },
      commitments: ['refund'],
      clarifying: false,
      warnings: [],
    },
  ],
};

afterEach(() => vi.unstubAllGlobals());

describe('suggested replies in the inbox', () => {
  it('shows each suggestion with its back-translation and fills the reply box when chosen', async () => {
    const used: string[] = [];
    const root = await mount(
      <Suggestions
        conversationId="c1"
        buyerSeq={3}
        suggest={async () => RESULT}
        onUse={(t) => used.push(t)}
      />,
    );
    await waitFor(() => get(root, '[data-testid="suggestions"]'));
    const buttons = getAll(root, 'button.suggestion');
    expect(buttons.map(textOf)[0]).toContain('Please send your order number.');
    expect(textOf(buttons[1]!)).toContain('Promises: refund');
    await click(buttons[0]!);
    expect(used).toEqual(['รบกวนแจ้งเลขคำสั่งซื้อด้วยนะคะ']);
  });

  it('asks before using a reply that promises a refund', async () => {
    const used: string[] = [];
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    const root = await mount(
      <Suggestions
        conversationId="c1"
        buyerSeq={3}
        suggest={async () => RESULT}
        onUse={(t) => used.push(t)}
      />,
    );
    await waitFor(() => get(root, '[data-testid="suggestions"]'));
    await click(getAll(root, 'button.suggestion')[1]!);
    expect(confirm).toHaveBeenCalledOnce();
    expect(used).toEqual([]);
  });

  it('says so when the relay cannot suggest', async () => {
    const root = await mount(
      <Suggestions
        conversationId="c1"
        buyerSeq={3}
        suggest={() => Promise.reject(new Error('down'))}
        onUse={() => {}}
      />,
    );
    await waitFor(() => expect(textOf(root)).toContain('Suggestions are unavailable'));
  });
});
