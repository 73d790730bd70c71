// Teaching a page the extension has no adapter for: from one clicked buyer message and the reply box, selectors
// that find every buyer message (never the agent's), their text, and the composer — and survive hashed classes.
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { findBuyerMessages, findComposer, findMessages, messageText } from '../sites/page-reader.ts';
import { defineSiteAdapter } from '../sites/site-adapter.ts';
import { deriveSelectors } from './derive-selectors.ts';
import { looksGenerated } from './stable-selector.ts';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '../../test/teach-fixtures/helpdesk.html');

function load(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(
    ...[...parsed.body.childNodes].map((node) => document.importNode(node, true)),
  );
  onTestFinished(() => document.body.replaceChildren());
  return document;
}

function taught(selectors: ReturnType<typeof deriveSelectors>) {
  return defineSiteAdapter({ id: 'taught', name: 'Taught', matches: ['https://desk.example/*'], selectors });
}

describe('deriveSelectors', () => {
  it('generalises one clicked buyer message to every buyer message, and skips the agent’s', () => {
    const page = load(readFileSync(FIXTURE, 'utf8'));
    const clicked = page.querySelector('#msg-1000231 p')!;
    const selectors = deriveSelectors(clicked, page.querySelector('textarea')!);
    const adapter = taught(selectors);

    expect(findMessages(page, adapter)).toHaveLength(3);
    expect(findBuyerMessages(page, adapter).map((m) => messageText(m, adapter))).toEqual([
      'สวัสดีค่ะ สินค้าจะส่งเมื่อไหร่คะ',
      'ทาครีมแล้วผื่นขึ้นเต็มหน้าเลยค่ะ ทำยังไงดี',
    ]);
    expect(findComposer(page, adapter)).toBe(page.querySelector('textarea'));
    // Nothing a deploy would change: no hashed class, no numbered id.
    for (const selector of Object.values(selectors)) {
      expect(selector).not.toMatch(/css-1a2b3c|x9k2q|q8w7e|k3j4h|msg-100/);
    }
    expect(selectors.buyerMessage).toContain('.from-customer');
  });

  it('still finds a buyer message added after teaching', () => {
    const page = load(readFileSync(FIXTURE, 'utf8'));
    const adapter = taught(
      deriveSelectors(page.querySelector('#msg-1000233 .body')!, page.querySelector('textarea')!),
    );
    const later = page.querySelector('#msg-1000231')!.cloneNode(true) as Element;
    later.id = 'msg-1000299';
    later.querySelector('.body')!.textContent = 'Xin chào, tôi muốn đổi size';
    page.querySelector('section')!.append(later);
    expect(
      findBuyerMessages(page, adapter)
        .map((m) => messageText(m, adapter))
        .at(-1),
    ).toBe('Xin chào, tôi muốn đổi size');
  });

  it('excludes the seller’s rows when only they are marked', () => {
    const page = load(`
      <ul data-testid="messages">
        <li class="row"><span>Where is my parcel?</span></li>
        <li class="row row--mine"><span>It left today.</span></li>
        <li class="row"><span>Thanks!</span></li>
      </ul>
      <div contenteditable="true" role="textbox" aria-label="Message"><p><br></p></div>`);
    const adapter = taught(
      deriveSelectors(page.querySelector('li span')!, page.querySelector('[contenteditable] p')!),
    );
    expect(findBuyerMessages(page, adapter).map((m) => messageText(m, adapter))).toEqual([
      'Where is my parcel?',
      'Thanks!',
    ]);
    expect(findComposer(page, adapter)).toBe(page.querySelector('[contenteditable]'));
  });

  it('treats every row as the buyer’s when nothing tells them apart', () => {
    const page = load(`
      <div id="chat"><div class="m">Bonjour</div><div class="m">Mon colis ?</div></div><textarea name="reply"></textarea>`);
    const adapter = taught(deriveSelectors(page.querySelector('.m')!, page.querySelector('textarea')!));
    expect(findBuyerMessages(page, adapter).map((m) => messageText(m, adapter))).toEqual([
      'Bonjour',
      'Mon colis ?',
    ]);
    expect(adapter.selectors.composer).toBe('textarea[name="reply"]');
    expect(findComposer(page, adapter)).toBe(page.querySelector('textarea'));
  });
});

describe('looksGenerated', () => {
  it('tells chosen names from build hashes and framework counters', () => {
    for (const name of ['bubble', 'from-customer', 'conversation-thread', 'reply', 'msg--buyer'])
      expect(looksGenerated(name), name).toBe(false);
    for (const name of ['css-1a2b3c', 'Thread_list__x9k2q', 'msg-1000231', ':r4:', 'sc-bdVaJa'])
      expect(looksGenerated(name), name).toBe(true);
  });
});
