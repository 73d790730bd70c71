// The in-page lesson: the agent clicks "Teach this page", one buyer message and the reply box; the page's own
// click handlers never see those clicks, and the lesson yields selectors that find the buyer's messages.
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { findBuyerMessages, findComposer, messageText } from '../sites/page-reader.ts';
import type { SiteSelectors } from '../sites/site-adapter.ts';
import { taughtAdapter } from './taught-adapter.ts';
import { offerTeaching, TEACH_TAG } from './teach-mode.ts';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '../../test/teach-fixtures/helpdesk.html');

function loadHelpdesk(): void {
  const parsed = new DOMParser().parseFromString(readFileSync(FIXTURE, 'utf8'), 'text/html');
  document.body.replaceChildren(
    ...[...parsed.body.childNodes].map((node) => document.importNode(node, true)),
  );
  onTestFinished(() => document.body.replaceChildren());
}

function teachButton(name: string): HTMLButtonElement {
  const shadow = document.querySelector(TEACH_TAG)!.shadowRoot!;
  const button = [...shadow.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!button) throw new Error(`No "${name}" button in the teach overlay`);
  return button;
}

function prompt(): string {
  return document.querySelector(TEACH_TAG)!.shadowRoot!.querySelector('[role="status"]')?.textContent ?? '';
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('offerTeaching', () => {
  it('learns the page from two clicks that the page itself never receives', async () => {
    loadHelpdesk();
    const pageClicks: string[] = [];
    document.querySelector('main')!.addEventListener('click', (event) => {
      pageClicks.push((event.target as Element).localName);
    });
    const taught: SiteSelectors[] = [];
    const page = new AbortController();
    onTestFinished(() => page.abort());
    offerTeaching({ signal: page.signal, onTaught: (selectors) => taught.push(selectors) });

    teachButton('Teach this page').click();
    expect(prompt()).toBe('Click one message the buyer wrote.');
    (document.querySelector('#msg-1000233 .body') as HTMLElement).click();
    await tick();
    expect(prompt()).toBe('Now click the box where you type your reply.');
    document.querySelector('textarea')!.click();
    await tick();

    expect(pageClicks).toEqual([]);
    expect(document.querySelector(TEACH_TAG)).toBeNull();
    const adapter = taughtAdapter({ origin: location.origin, selectors: taught[0]!, taughtAt: '' });
    expect(findBuyerMessages(document, adapter).map((m) => messageText(m, adapter))).toHaveLength(2);
    expect(findComposer(document, adapter)).toBe(document.querySelector('textarea'));
  });

  it('Escape cancels the lesson and offers it again', async () => {
    loadHelpdesk();
    const page = new AbortController();
    onTestFinished(() => page.abort());
    const taught: SiteSelectors[] = [];
    offerTeaching({ signal: page.signal, onTaught: (selectors) => taught.push(selectors) });
    teachButton('Teach this page').click();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await tick();
    expect(teachButton('Teach this page')).toBeTruthy();
    (document.querySelector('.body') as HTMLElement).click();
    expect(taught).toEqual([]);
  });

  it('a lesson the side panel starts shows only while it runs, on a page that offers none', async () => {
    loadHelpdesk();
    const page = new AbortController();
    onTestFinished(() => page.abort());
    const taught: SiteSelectors[] = [];
    const teaching = offerTeaching({
      signal: page.signal,
      onTaught: (selectors) => taught.push(selectors),
      offer: false,
    });
    expect(document.querySelector(TEACH_TAG)).toBeNull();
    teaching.start();
    expect(prompt()).toBe('Click one message the buyer wrote.');
    // The overlay's own Cancel ends the lesson; it is not picked as a message.
    teachButton('Cancel').click();
    await tick();
    expect(document.querySelector(TEACH_TAG)).toBeNull();

    teaching.start();
    (document.querySelector('#msg-1000231 .body') as HTMLElement).click();
    await tick();
    document.querySelector('textarea')!.click();
    await tick();
    expect(taught).toHaveLength(1);
    expect(document.querySelector(TEACH_TAG)).toBeNull();
  });

  it('goes away with the page', () => {
    loadHelpdesk();
    const page = new AbortController();
    offerTeaching({ signal: page.signal, onTaught: () => {} });
    expect(document.querySelector(TEACH_TAG)).not.toBeNull();
    page.abort();
    expect(document.querySelector(TEACH_TAG)).toBeNull();
  });
});
