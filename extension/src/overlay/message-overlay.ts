// Annotates every buyer message on a page, once: watches for lazily appended messages, analyses only those the
// agent can see, and removes everything when the page's AbortSignal fires (in-page navigation).
import type { Analysis } from '@parley/shared';
import { type AssistClient, AssistError } from '../assist/assist-client.ts';
import {
  deepQueryAll,
  findMessages,
  isBuyerMessage,
  messageText,
  shadowRootsOnPath,
} from '../sites/page-reader.ts';
import type { SiteAdapter } from '../sites/site-adapter.ts';
import { translateForAgent } from './agent-translation.ts';
import { type AnnotationCard, createAnnotationCard } from './annotation-card.ts';
import type { OnDeviceTranslator } from './on-device-translator.ts';

/** Set on each buyer message Parley has seen: `waiting` until it scrolls into view, then `annotated`. */
export const STATE_ATTRIBUTE = 'data-parley-state';

export type VisibilityObserverFactory = (onVisible: (elements: Element[]) => void) => {
  observe(element: Element): void;
  unobserve(element: Element): void;
  disconnect(): void;
};

export const intersectionVisibility: VisibilityObserverFactory = (onVisible) => {
  const observer = new IntersectionObserver((entries) => {
    const visible = entries.filter((entry) => entry.isIntersecting).map((entry) => entry.target);
    if (visible.length > 0) onVisible(visible);
  });
  return observer;
};

export interface MessageOverlayOptions {
  adapter: SiteAdapter;
  assist: AssistClient;
  onDevice?: OnDeviceTranslator | undefined;
  agentLanguage: string;
  signal: AbortSignal;
  root?: Document;
  observeVisibility?: VisibilityObserverFactory;
}

export function startMessageOverlay(options: MessageOverlayOptions): void {
  const { adapter, assist, signal, agentLanguage, root = document } = options;
  if (signal.aborted) return;
  const cards = new Map<Element, AnnotationCard>();
  // Messages re-rendered by a virtualised list come back as new nodes with the same text: answer from memory.
  const analyses = new Map<string, Promise<Analysis>>();

  const visibility = (options.observeVisibility ?? intersectionVisibility)((elements) => {
    for (const element of elements) {
      visibility.unobserve(element);
      annotate(element as HTMLElement);
    }
  });

  function scan(): void {
    // The document's observer never sees inside shadow roots: watch the ones the message selector enters too
    // (observing a node twice only replaces its options).
    for (const shadow of shadowRootsOnPath(root, adapter.selectors.message)) {
      mutations.observe(shadow, { childList: true, subtree: true });
    }
    for (const message of findMessages(root, adapter)) {
      if (!isBuyerMessage(message, adapter)) continue;
      const card = cards.get(message);
      if (card) {
        // The page re-rendered the message's children and dropped the card: put the same one back.
        if (!card.host.isConnected && message.isConnected) message.append(card.host);
        continue;
      }
      if (message.hasAttribute(STATE_ATTRIBUTE)) continue;
      message.setAttribute(STATE_ATTRIBUTE, 'waiting');
      visibility.observe(message);
    }
  }

  function annotate(message: HTMLElement): void {
    if (signal.aborted || cards.has(message)) return;
    const text = messageText(message, adapter);
    if (text === '') return;
    const card = createAnnotationCard();
    cards.set(message, card);
    message.setAttribute(STATE_ATTRIBUTE, 'annotated');
    message.append(card.host);
    void fillCard(card, text);
  }

  async function fillCard(card: AnnotationCard, text: string): Promise<void> {
    let analysis: Analysis | undefined;
    try {
      let pending = analyses.get(text);
      if (!pending) {
        pending = assist.analyze({ text });
        analyses.set(text, pending);
        pending.catch(() => analyses.delete(text));
      }
      analysis = await pending;
      if (!signal.aborted) card.showAnalysis(analysis);
    } catch (error) {
      if (!signal.aborted) card.showAnalysisUnavailable(describe(error));
    }
    const translation = await translateForAgent(
      { text, to: agentLanguage, from: analysis?.language },
      { assist, onDevice: options.onDevice },
    );
    if (!signal.aborted) card.showTranslation(translation, agentLanguage);
  }

  let scheduled = false;
  const mutations = new MutationObserver(() => {
    // Many mutations arrive per render; one scan per task is enough.
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      if (!signal.aborted) scan();
    });
  });
  mutations.observe(root.body, { childList: true, subtree: true });

  signal.addEventListener(
    'abort',
    () => {
      mutations.disconnect();
      visibility.disconnect();
      for (const [message, card] of cards) {
        card.host.remove();
        message.removeAttribute(STATE_ATTRIBUTE);
      }
      for (const waiting of deepQueryAll(root, `[${STATE_ATTRIBUTE}]`))
        waiting.removeAttribute(STATE_ATTRIBUTE);
      cards.clear();
    },
    { once: true },
  );
  scan();
}

function describe(error: unknown): string {
  const { code } = AssistError.fromUnknown(error);
  if (code === 'not_configured') return 'sign in from the Parley side panel';
  if (code === 'network') return 'relay unreachable';
  return code;
}
