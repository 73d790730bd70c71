import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../test/dom.ts';
import { manualVisibility, scriptedAssist } from '../../test/scripted-assist.ts';
import { loadFixture } from '../../test/site-fixture.ts';
import { findBuyerMessages, findMessages, isBuyerMessage } from '../sites/page-reader.ts';
import { shopee } from '../sites/shopee.ts';
import { ANNOTATION_TAG } from './annotation-card.ts';
import { STATE_ATTRIBUTE, startMessageOverlay } from './message-overlay.ts';
import { createOnDeviceTranslator } from './on-device-translator.ts';

const ALLERGY = 'ใช้ครีมนี้แล้วแพ้ค่ะ ผื่นขึ้น ทำยังไงดีคะ';
const GREETING = 'สวัสดีค่ะ สั่งครีมไปเมื่อวันจันทร์';

let controller = new AbortController();
afterEach(() => controller.abort());

function start(assist = defaultAssist(), extra: Partial<Parameters<typeof startMessageOverlay>[0]> = {}) {
  controller = new AbortController();
  const visibility = manualVisibility();
  startMessageOverlay({
    adapter: shopee,
    assist,
    agentLanguage: 'en',
    signal: controller.signal,
    observeVisibility: visibility.factory,
    ...extra,
  });
  return { assist, visibility };
}

function defaultAssist() {
  return scriptedAssist({
    analyses: {
      [ALLERGY]: { intent: 'product_safety', urgency: 'high' },
      [GREETING]: { intent: 'order_status' },
    },
    translations: {
      [ALLERGY]: 'I got an allergy from this cream, a rash came up. What should I do?',
      [GREETING]: 'Hello, I ordered the cream on Monday',
    },
  });
}

function cardOf(message: Element): ShadowRoot {
  const hosts = message.querySelectorAll(ANNOTATION_TAG);
  expect(hosts).toHaveLength(1);
  return hosts[0]!.shadowRoot!;
}

function buyerMessage(text: string): HTMLElement {
  const match = findBuyerMessages(document, shopee).find((m) => m.textContent?.includes(text));
  if (!match) throw new Error(`no buyer message "${text}"`);
  return match;
}

describe('overlay under buyer messages', () => {
  it('shows the translation, intent and urgency under each buyer message, and nothing under the seller’s', async () => {
    loadFixture('shopee');
    const { visibility } = start();
    visibility.showAll();
    const allergy = await waitFor(() => {
      const card = cardOf(buyerMessage(ALLERGY));
      expect(card.querySelector('[data-testid="parley-translation"]')?.textContent).toContain('allergy');
      return card;
    });
    const intent = allergy.querySelector('[data-testid="parley-intent"]')!;
    expect(intent.textContent).toContain('Product safety');
    expect(intent.getAttribute('role')).toBe('alert');
    expect(allergy.querySelector('[data-testid="parley-urgency"]')?.textContent).toBe('High urgency');
    expect(allergy.querySelector('.card')?.getAttribute('data-urgency')).toBe('high');

    const greeting = cardOf(buyerMessage(GREETING));
    await waitFor(() =>
      expect(greeting.querySelector('[data-testid="parley-intent"]')?.textContent).toBe('Order status'),
    );

    for (const message of findMessages(document, shopee).filter((m) => !isBuyerMessage(m, shopee))) {
      expect(message.querySelector(ANNOTATION_TAG)).toBeNull();
      expect(message.hasAttribute(STATE_ATTRIBUTE)).toBe(false);
    }
  });

  it('says plainly that translation is offline when neither the relay nor the browser can translate', async () => {
    loadFixture('shopee');
    const { visibility } = start(scriptedAssist({ translateOffline: true }));
    visibility.showAll();
    await waitFor(() =>
      expect(
        cardOf(buyerMessage(ALLERGY)).querySelector('[data-testid="parley-translation"]')?.textContent,
      ).toMatch(/^Translation offline/),
    );
  });

  it('uses Chrome’s built-in Translator when the relay is offline', async () => {
    loadFixture('shopee');
    const pairs: string[] = [];
    const onDevice = createOnDeviceTranslator(
      {
        availability: async ({ sourceLanguage, targetLanguage }) =>
          sourceLanguage === 'th' && targetLanguage === 'en' ? 'available' : 'unavailable',
        create: async ({ sourceLanguage, targetLanguage }) => {
          pairs.push(`${sourceLanguage}->${targetLanguage}`);
          return { translate: async (text) => (text === ALLERGY ? 'I am allergic to this cream' : text) };
        },
      },
      { create: async () => ({ detect: async () => [{ detectedLanguage: 'th', confidence: 0.99 }] }) },
    );
    const { visibility } = start(scriptedAssist({ translateOffline: true }), { onDevice });
    visibility.showAll();
    const translation = await waitFor(() => {
      const el = cardOf(buyerMessage(ALLERGY)).querySelector('[data-testid="parley-translation"]')!;
      expect(el.textContent).toBe('I am allergic to this cream');
      return el;
    });
    expect(translation.getAttribute('data-via')).toBe('on-device');
    expect(pairs).toContain('th->en');
  });

  it('analyses only messages that have scrolled into view', async () => {
    loadFixture('shopee');
    const { assist, visibility } = start();
    expect(buyerMessage(ALLERGY).getAttribute(STATE_ATTRIBUTE)).toBe('waiting');
    expect(assist.analysed).toEqual([]);
    visibility.show([buyerMessage(ALLERGY)]);
    await waitFor(() => expect(assist.analysed).toEqual([ALLERGY]));
    expect(buyerMessage(GREETING).querySelector(ANNOTATION_TAG)).toBeNull();
  });

  it('annotates a lazily appended message once, and puts a card back when the page re-renders without it', async () => {
    loadFixture('shopee');
    const { assist, visibility } = start();
    visibility.showAll();
    await waitFor(() => expect(assist.analysed).toHaveLength(2));

    const list = document.querySelector(shopee.selectors.messageList)!;
    const late = document.createElement('div');
    late.className = 'chat-message-item chat-message-item--received';
    late.setAttribute('data-testid', 'chat-message-item');
    const text = document.createElement('pre');
    text.className = 'chat-message-text';
    text.textContent = 'ยังไม่ได้ของเลยค่ะ';
    late.append(text);
    list.append(late);
    await waitFor(() => expect(late.getAttribute(STATE_ATTRIBUTE)).toBe('waiting'));
    visibility.showAll();
    await waitFor(() => expect(late.querySelector(ANNOTATION_TAG)).not.toBeNull());

    // A React re-render replaces the bubble's children, dropping the card.
    const allergy = buyerMessage(ALLERGY);
    allergy.querySelector(ANNOTATION_TAG)!.remove();
    allergy.append(document.createElement('span'));
    await waitFor(() => expect(allergy.querySelectorAll(ANNOTATION_TAG)).toHaveLength(1));
    visibility.showAll();
    expect(assist.analysed.filter((t) => t === ALLERGY)).toHaveLength(1);
    expect(document.querySelectorAll(ANNOTATION_TAG)).toHaveLength(3);
  });

  it('removes everything it drew when the page navigates away', async () => {
    loadFixture('shopee');
    const { visibility } = start();
    visibility.showAll();
    await waitFor(() => expect(document.querySelectorAll(ANNOTATION_TAG)).toHaveLength(2));
    controller.abort();
    expect(document.querySelectorAll(ANNOTATION_TAG)).toHaveLength(0);
    expect(document.querySelectorAll(`[${STATE_ATTRIBUTE}]`)).toHaveLength(0);
  });

  it('shows markup in a message as text, never as HTML', async () => {
    loadFixture('shopee');
    const hostile = '<img src=x onerror="alert(1)"> ของแตก';
    buyerMessage(ALLERGY).querySelector('.chat-message-text')!.textContent = hostile;
    const { visibility } = start(
      scriptedAssist({ translations: { [hostile]: '<b>broken</b> <img src=x>' } }),
    );
    visibility.showAll();
    const card = await waitFor(() => {
      const c = cardOf(buyerMessage('ของแตก'));
      expect(c.querySelector('[data-testid="parley-translation"]')?.textContent).toBe(
        '<b>broken</b> <img src=x>',
      );
      return c;
    });
    expect(card.querySelector('img, b')).toBeNull();
  });
});
