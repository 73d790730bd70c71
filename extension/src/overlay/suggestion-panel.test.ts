import type { AgentPersona } from '@parley/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { click, waitFor } from '../../test/dom.ts';
import { reactControlled, richTextEditor } from '../../test/page-models.ts';
import { scriptedAssist, suggestion } from '../../test/scripted-assist.ts';
import { loadFixture } from '../../test/site-fixture.ts';
import { amazon } from '../sites/amazon.ts';
import { findComposer } from '../sites/page-reader.ts';
import { shopee } from '../sites/shopee.ts';
import type { SiteAdapter } from '../sites/site-adapter.ts';
import { zendesk } from '../sites/zendesk.ts';
import { PANEL_TAG, startSuggestionPanel } from './suggestion-panel.ts';

const SUGGESTIONS = [
  suggestion('ขอโทษค่ะ กรุณาหยุดใช้ครีมทันทีนะคะ', 'Sorry, please stop using the cream right away.'),
  suggestion('รบกวนส่งรูปผื่นให้ดูได้ไหมคะ', 'Could you send a photo of the rash?', { clarifying: true }),
  suggestion('เราจะคืนเงินเต็มจำนวนให้ค่ะ', 'We will give you a full refund.', { commitments: ['refund'] }),
];

let controller = new AbortController();
afterEach(() => controller.abort());

async function openPanel(adapter: SiteAdapter, persona?: AgentPersona) {
  controller = new AbortController();
  const assist = scriptedAssist({ suggestions: SUGGESTIONS });
  startSuggestionPanel({ adapter, assist, agentLanguage: 'en', persona, signal: controller.signal });
  const panel = await waitFor(() => {
    const root = document.querySelector(PANEL_TAG)!.shadowRoot!;
    expect(root.querySelectorAll('[data-testid="parley-suggestion"]')).toHaveLength(3);
    return root;
  });
  const buttons = [...panel.querySelectorAll<HTMLButtonElement>('[data-testid="parley-suggestion"]')];
  return { assist, panel, buttons };
}

function altDigit(n: number): void {
  document.body.dispatchEvent(
    new KeyboardEvent('keydown', {
      key: String(n),
      code: `Digit${n}`,
      altKey: true,
      bubbles: true,
      cancelable: true,
    }),
  );
}

describe('suggestion panel by the composer', () => {
  it('answers the latest buyer message with three replies and their back-translations', async () => {
    loadFixture('shopee');
    const { assist, buttons } = await openPanel(shopee);
    expect(assist.suggestedFor).toEqual(['ใช้ครีมนี้แล้วแพ้ค่ะ ผื่นขึ้น ทำยังไงดีคะ']);
    expect(buttons[0]!.textContent).toContain('ขอโทษค่ะ');
    expect(buttons[0]!.textContent).toContain('Sorry, please stop using the cream right away.');
    // It sits right before the page's reply box.
    expect(document.querySelector(PANEL_TAG)!.nextElementSibling).toBe(findComposer(document, shopee));
  });

  it('asks in the agent’s persona from the options, and leaves it to the relay when none is set', async () => {
    loadFixture('shopee');
    const { assist } = await openPanel(shopee, { displayName: 'Krit', gender: 'male' });
    expect(assist.suggestRequests).toEqual([
      expect.objectContaining({ agentLanguage: 'en', persona: { displayName: 'Krit', gender: 'male' } }),
    ]);
    controller.abort();
    const unset = await openPanel(shopee);
    expect(unset.assist.suggestRequests).toHaveLength(1);
    expect(unset.assist.suggestRequests[0]).not.toHaveProperty('persona');
  });

  it('a click fills a React-controlled textarea so the page’s own state has the reply', async () => {
    loadFixture('shopee');
    const react = reactControlled(findComposer(document, shopee) as HTMLTextAreaElement);
    const { buttons } = await openPanel(shopee);
    await click(buttons[0]!);
    expect(react.state()).toBe('ขอโทษค่ะ กรุณาหยุดใช้ครีมทันทีนะคะ');
  });

  it('Alt+2 inserts the second reply', async () => {
    loadFixture('shopee');
    const react = reactControlled(findComposer(document, shopee) as HTMLTextAreaElement);
    await openPanel(shopee);
    altDigit(2);
    expect(react.state()).toBe('รบกวนส่งรูปผื่นให้ดูได้ไหมคะ');
  });

  it('a reply that promises a refund is inserted only after the agent confirms', async () => {
    loadFixture('shopee');
    const react = reactControlled(findComposer(document, shopee) as HTMLTextAreaElement);
    const { panel, buttons } = await openPanel(shopee);
    expect(buttons[2]!.textContent).toContain('Promises: refund');
    altDigit(3);
    expect(react.state()).toBe('');
    expect(panel.querySelector('[role="alert"]')?.textContent).toContain('promises refund');
    const confirm = [...panel.querySelectorAll('button')].find((b) => b.textContent === 'Insert anyway')!;
    await click(confirm);
    expect(react.state()).toBe('เราจะคืนเงินเต็มจำนวนให้ค่ะ');
  });

  it('fills a contenteditable rich-text editor through input events', async () => {
    loadFixture('zendesk');
    const editor = richTextEditor(findComposer(document, zendesk) as HTMLElement);
    const { buttons } = await openPanel(zendesk);
    await click(buttons[1]!);
    expect(editor.model()).toBe('รบกวนส่งรูปผื่นให้ดูได้ไหมคะ');
  });

  it('fills a textarea inside a web component’s shadow root', async () => {
    loadFixture('amazon');
    const inner = findComposer(document, amazon) as HTMLTextAreaElement;
    const react = reactControlled(inner);
    const { buttons } = await openPanel(amazon);
    await click(buttons[0]!);
    expect(react.state()).toBe('ขอโทษค่ะ กรุณาหยุดใช้ครีมทันทีนะคะ');
    // The panel is placed in the page, beside the component, not inside its shadow root.
    expect(document.querySelector(PANEL_TAG)!.nextElementSibling?.id).toBe('reply-text-area');
  });
});
