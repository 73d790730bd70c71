// "Teach this page" in the page itself: a small button on enabled sites no adapter knows, then two picks (one
// buyer message, then the reply box) with the page's own clicks held back while picking. All overlay text is set
// with textContent, and the page's text is never copied into the overlay.
import { el, shadowHost } from '../overlay/dom.ts';
import { findBuyerMessages } from '../sites/page-reader.ts';
import type { SiteSelectors } from '../sites/site-adapter.ts';
import { deriveSelectors } from './derive-selectors.ts';
import { taughtAdapter } from './taught-adapter.ts';

export const TEACH_TAG = 'parley-teach';

const CSS = `
:host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; font: 13px/1.4 system-ui, sans-serif; }
.box { display: flex; gap: 8px; align-items: center; padding: 8px 10px; border-radius: 8px; background: #1b1f27; color: #fff; box-shadow: 0 2px 8px rgb(0 0 0 / 30%); }
button { font: inherit; border: 0; border-radius: 6px; padding: 4px 10px; cursor: pointer; background: #2554c7; color: #fff; }
button.secondary { background: transparent; color: #cbd2e0; }
.highlight { position: fixed; pointer-events: none; outline: 2px solid #2554c7; background: rgb(37 84 199 / 12%); border-radius: 4px; }
`;

export interface TeachOptions {
  signal: AbortSignal;
  root?: Document;
  /** Called with the derived selectors once both picks are made and they find the clicked message. */
  onTaught: (selectors: SiteSelectors) => void;
}

/** Shows the "Teach this page" button until the page's signal fires or a lesson is saved. */
export function offerTeaching(options: TeachOptions): void {
  const { signal, root = document } = options;
  if (signal.aborted) return;
  const { host, root: shadow } = shadowHost(TEACH_TAG, CSS);
  const box = el('div', { class: 'box', role: 'region', 'aria-label': 'Parley' });
  const highlight = el('div', { class: 'highlight', hidden: '' });
  shadow.append(box, highlight);
  root.body.append(host);
  const lesson = new AbortController();
  signal.addEventListener('abort', () => {
    lesson.abort();
    host.remove();
  });

  function showOffer(note?: string): void {
    const start = el('button', { type: 'button' }, 'Teach this page');
    start.addEventListener('click', () => void runLesson());
    box.replaceChildren(...(note ? [el('span', { role: 'status' }, note)] : []), start);
  }

  function showPrompt(text: string): void {
    const cancel = el('button', { type: 'button', class: 'secondary' }, 'Cancel');
    cancel.addEventListener('click', () => stopPicking?.());
    box.replaceChildren(el('span', { role: 'status' }, text), cancel);
  }

  let stopPicking: (() => void) | undefined;

  /** Resolves with the element the agent clicks next, or null on Cancel, Escape or navigation. */
  function pick(prompt: string): Promise<Element | null> {
    showPrompt(prompt);
    return new Promise((resolve) => {
      const done = (element: Element | null) => {
        root.removeEventListener('click', onClick, true);
        root.removeEventListener('mousemove', onMove, true);
        root.removeEventListener('keydown', onKey, true);
        highlight.hidden = true;
        stopPicking = undefined;
        resolve(element);
      };
      const target = (event: Event): Element | null => {
        const first = event.composedPath()[0];
        return first instanceof Element && first !== host && !host.contains(first) ? first : null;
      };
      const onClick = (event: MouseEvent) => {
        const element = target(event);
        if (!element) return;
        // The click picks; it must not also open a link or send a half-written reply in the page.
        event.preventDefault();
        event.stopPropagation();
        done(element);
      };
      const onMove = (event: MouseEvent) => {
        const element = target(event);
        if (!element) return;
        const box = element.getBoundingClientRect();
        Object.assign(highlight.style, {
          left: `${box.left}px`,
          top: `${box.top}px`,
          width: `${box.width}px`,
          height: `${box.height}px`,
        });
        highlight.hidden = false;
      };
      const onKey = (event: KeyboardEvent) => {
        if (event.key === 'Escape') done(null);
      };
      root.addEventListener('click', onClick, true);
      root.addEventListener('mousemove', onMove, true);
      root.addEventListener('keydown', onKey, true);
      stopPicking = () => done(null);
      lesson.signal.addEventListener('abort', () => done(null), { once: true });
    });
  }

  async function runLesson(): Promise<void> {
    const message = await pick('Click one message the buyer wrote.');
    if (!message) return showOffer();
    const composer = await pick('Now click the box where you type your reply.');
    if (!composer) return showOffer();
    const selectors = deriveSelectors(message, composer);
    const adapter = taughtAdapter({ origin: location.origin, selectors, taughtAt: '' });
    const found = findBuyerMessages(root, adapter);
    if (!found.some((row) => row.contains(message))) {
      return showOffer('Parley could not find that message again. Try clicking its text.');
    }
    host.remove();
    options.onTaught(selectors);
  }

  showOffer();
}
