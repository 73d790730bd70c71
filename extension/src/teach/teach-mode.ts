// "Teach this page" in the page itself: a small button on enabled sites no adapter knows (or a lesson the side
// panel starts on any enabled site), then two picks (one buyer message, then the reply box) with the page's own
// clicks held back while picking. All overlay text is set with textContent, and the page's text is never copied
// into the overlay.
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
  /**
   * Show the "Teach this page" button while no lesson runs (true by default: pages no adapter knows). False on
   * pages an adapter or an earlier lesson already reads: the overlay then shows only for a lesson `start()` begins.
   */
  offer?: boolean;
}

export interface Teaching {
  /** Begins a lesson now, as the side panel's "Teach the page in this tab" asks; ignored while one runs. */
  start(): void;
}

/** Offers (or, with `offer: false`, only allows) a lesson until the page's signal fires. */
export function offerTeaching(options: TeachOptions): Teaching {
  const { signal, root = document, offer = true } = options;
  if (signal.aborted) return { start() {} };
  const { host, root: shadow } = shadowHost(TEACH_TAG, CSS);
  const box = el('div', { class: 'box', role: 'region', 'aria-label': 'Parley' });
  const highlight = el('div', { class: 'highlight', hidden: '' });
  shadow.append(box, highlight);
  if (offer) root.body.append(host);

  const lesson = new AbortController();
  signal.addEventListener('abort', () => {
    lesson.abort();
    host.remove();
  });
  let running = false;

  /** Between lessons: the button where teaching is offered, else nothing (unless there is a note to read). */
  function showOffer(note?: string): void {
    if (!offer && !note) {
      host.remove();
      return;
    }
    const start = el('button', { type: 'button' }, 'Teach this page');
    start.addEventListener('click', () => void runLesson());
    const close = el('button', { type: 'button', class: 'secondary' }, 'Close');
    close.addEventListener('click', () => host.remove());
    box.replaceChildren(
      ...(note ? [el('span', { role: 'status' }, note)] : []),
      start,
      ...(offer ? [] : [close]),
    );
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
        // The overlay's own buttons (Cancel) sit in its shadow root: clicking them is not a pick.
        return first instanceof Element && !containsAcrossShadows(host, first) ? first : null;
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
    if (running) return;
    running = true;
    try {
      await lessonSteps();
    } finally {
      running = false;
    }
  }

  async function lessonSteps(): Promise<void> {
    const message = await pick('Click one message the buyer wrote.');
    if (!message) return showOffer();
    const composer = await pick('Now click the box where you type your reply.');
    if (!composer) return showOffer();
    const selectors = deriveSelectors(message, composer);
    const adapter = taughtAdapter({ origin: location.origin, selectors, taughtAt: '' });
    const found = findBuyerMessages(root, adapter);
    if (!found.some((row) => containsAcrossShadows(row, message))) {
      return showOffer('Parley could not find that message again. Try clicking its text.');
    }
    host.remove();
    options.onTaught(selectors);
  }

  if (offer) showOffer();
  return {
    start() {
      if (signal.aborted || running) return;
      if (!host.isConnected) root.body.append(host);
      void runLesson();
    },
  };
}

/** `ancestor.contains(node)`, also when `node` sits in a shadow root inside `ancestor`. */
function containsAcrossShadows(ancestor: Element, node: Node): boolean {
  for (let current: Node | null = node; current; ) {
    if (ancestor.contains(current)) return true;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}
