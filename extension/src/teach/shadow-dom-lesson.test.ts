// Teaching a helpdesk built from web components: the buyer's messages, their text and the reply box all sit in open
// shadow roots (nested three deep), and the lesson still reads every buyer message, never the agent's, follows new
// ones into the shadow root, and puts a chosen reply in the shadow composer.
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { click, settle, waitFor } from '../../test/dom.ts';
import { manualVisibility, scriptedAssist, suggestion } from '../../test/scripted-assist.ts';
import { loadPage } from '../../test/site-fixture.ts';
import { ANNOTATION_TAG } from '../overlay/annotation-card.ts';
import { startMessageOverlay } from '../overlay/message-overlay.ts';
import { PANEL_TAG, startSuggestionPanel } from '../overlay/suggestion-panel.ts';
import {
  deepQueryAll,
  findBuyerMessages,
  findComposer,
  findMessages,
  messageText,
} from '../sites/page-reader.ts';
import type { SiteSelectors } from '../sites/site-adapter.ts';
import { deriveSelectors } from './derive-selectors.ts';
import { taughtAdapter } from './taught-adapter.ts';
import { offerTeaching, TEACH_TAG } from './teach-mode.ts';

const FIXTURE = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../test/teach-fixtures/shadow-helpdesk.html',
);
const GREETING = 'สวัสดีค่ะ สินค้าจะส่งเมื่อไหร่คะ';
const RASH = 'ทาครีมแล้วผื่นขึ้นเต็มหน้าเลยค่ะ ทำยังไงดี';
const AGENT = 'Hello! Let me check your order.';

let controller = new AbortController();
afterEach(() => controller.abort());

function loadShadowDesk() {
  const page = loadPage(readFileSync(FIXTURE, 'utf8'));
  const app = page.querySelector('orbit-desk')!.shadowRoot!;
  const list = app.querySelector('orbit-thread')!.shadowRoot!.querySelector('ol')!;
  const bubbleText = (row: Element) => row.querySelector('orbit-bubble')!.shadowRoot!.querySelector('p')!;
  const rows = () => [...list.children];
  const textarea = app.querySelector('orbit-composer')!.shadowRoot!.querySelector('textarea')!;
  return { page, list, rows, bubbleText, textarea };
}

/** A buyer row as the page's own script appends it: a bubble component with the text in its shadow root. */
function appendBuyerRow(list: Element, text: string): Element {
  const row = document.createElement('li');
  row.className = 'message from-customer Row__a9s8d';
  row.setAttribute('data-author', 'customer');
  const bubble = document.createElement('orbit-bubble');
  const p = document.createElement('p');
  p.className = 'text Text__z1x2c';
  p.textContent = text;
  bubble.attachShadow({ mode: 'open' }).append(p);
  row.append(bubble);
  list.append(row);
  return row;
}

function taught(selectors: SiteSelectors) {
  return taughtAdapter({ origin: 'https://desk.orbit.test', selectors, taughtAt: '' });
}

describe('teaching a page whose chat lives in shadow roots', () => {
  it('derives selectors that pierce each shadow root, and they find the buyer’s messages only', () => {
    const desk = loadShadowDesk();
    const selectors = deriveSelectors(desk.bubbleText(desk.rows()[2]!), desk.textarea);
    // One part per shadow tree, joined by the separator the page reader resolves.
    expect(selectors.message.split(' >>> ')).toHaveLength(3);
    expect(selectors.composer.split(' >>> ')).toHaveLength(3);
    expect(selectors.text).toBe('orbit-bubble >>> p.text');
    for (const selector of Object.values(selectors)) expect(selector).not.toMatch(/__|Row|Text__/);
    // Nothing a plain document query could find: the adapter must pierce to read anything.
    expect(document.querySelectorAll('li, textarea')).toHaveLength(0);

    const adapter = taught(selectors);
    expect(findMessages(document, adapter)).toHaveLength(3);
    expect(findBuyerMessages(document, adapter).map((row) => messageText(row, adapter))).toEqual([
      GREETING,
      RASH,
    ]);
    expect(findComposer(document, adapter)).toBe(desk.textarea);
  });

  it('the in-page lesson picks inside shadow roots, and a row added later is read too', async () => {
    const desk = loadShadowDesk();
    const lessons: SiteSelectors[] = [];
    controller = new AbortController();
    offerTeaching({ signal: controller.signal, onTaught: (selectors) => lessons.push(selectors) });
    const teachButton = document.querySelector(TEACH_TAG)!.shadowRoot!.querySelector('button')!;
    teachButton.click();
    desk.bubbleText(desk.rows()[0]!).click();
    await waitFor(() =>
      expect(document.querySelector(TEACH_TAG)!.shadowRoot!.textContent).toContain('click the box'),
    );
    desk.textarea.click();
    const selectors = await waitFor(() => {
      expect(lessons).toHaveLength(1);
      return lessons[0]!;
    });
    expect(document.querySelector(TEACH_TAG)).toBeNull();
    const adapter = taught(selectors);
    expect(findBuyerMessages(document, adapter).map((row) => messageText(row, adapter))).toEqual([
      GREETING,
      RASH,
    ]);

    appendBuyerRow(desk.list, 'Xin chào, tôi muốn đổi size');
    expect(
      findBuyerMessages(document, adapter)
        .map((row) => messageText(row, adapter))
        .at(-1),
    ).toBe('Xin chào, tôi muốn đổi size');
  });

  it('annotates buyer messages in the shadow root, follows new ones there, and fills the shadow composer', async () => {
    const desk = loadShadowDesk();
    const adapter = taught(deriveSelectors(desk.bubbleText(desk.rows()[0]!), desk.textarea));
    const assist = scriptedAssist({
      analyses: { [RASH]: { intent: 'product_safety', urgency: 'high' } },
      suggestions: [suggestion('ขอโทษค่ะ กรุณาหยุดใช้ครีมทันทีนะคะ', 'Sorry, please stop using the cream.')],
    });
    const visibility = manualVisibility();
    controller = new AbortController();
    const { signal } = controller;
    startMessageOverlay({
      adapter,
      assist,
      agentLanguage: 'en',
      signal,
      observeVisibility: visibility.factory,
    });
    visibility.showAll();
    const annotated = () => deepQueryAll(document, ANNOTATION_TAG).map((card) => card.parentElement);
    await waitFor(() => expect(annotated()).toHaveLength(2));
    expect(annotated().every((row) => row?.matches('.from-customer'))).toBe(true);
    expect(assist.analysed).not.toContain(AGENT);

    // Nothing changes in the light DOM: only watching the shadow roots notices this row.
    const later = appendBuyerRow(desk.list, 'The cream burns, help');
    await waitFor(() => expect(visibility.observed.has(later)).toBe(true));
    visibility.showAll();
    await waitFor(() => expect(later.querySelector(ANNOTATION_TAG)).not.toBeNull());

    startSuggestionPanel({ adapter, assist, agentLanguage: 'en', signal });
    const panel = document.querySelector(PANEL_TAG)!.shadowRoot!;
    const shown = () => panel.querySelectorAll<HTMLButtonElement>('[data-testid="parley-suggestion"]');
    await waitFor(() => expect(shown()).toHaveLength(1));
    await settle();
    expect(assist.suggestedFor).toEqual(['The cream burns, help']);
    // Again only inside the shadow roots: the panel answers the newest buyer message.
    appendBuyerRow(desk.list, 'Hello?');
    await waitFor(() => expect(assist.suggestedFor).toEqual(['The cream burns, help', 'Hello?']));
    await waitFor(() => expect(shown()).toHaveLength(1));

    const first = shown()[0]!;
    await click(first);
    expect(desk.textarea.value).toBe('ขอโทษค่ะ กรุณาหยุดใช้ครีมทันทีนะคะ');
    // Placed in the light DOM, before the app's host, not inside the page's shadow roots.
    expect(document.querySelector(PANEL_TAG)!.nextElementSibling?.localName).toBe('orbit-desk');
  });
});
