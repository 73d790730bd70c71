// Three suggested replies beside the page's composer, for the latest buyer message. Click or Alt+1/2/3 puts one
// in the composer; a reply that promises something (a refund, a discount) asks the agent to confirm first. Below
// them, compose assist adapts what the agent writes in their own language (compose-assist.ts).
import type { AgentPersona, Suggestion, SuggestResult } from '@parley/shared';
import { type AssistClient, AssistError } from '../assist/assist-client.ts';
import { findBuyerMessages, findComposer, messageText, shadowRootsOnPath } from '../sites/page-reader.ts';
import type { SiteAdapter } from '../sites/site-adapter.ts';
import { COMPOSE_CSS, createComposeArea } from './compose-assist.ts';
import { insertIntoComposer } from './composer-insert.ts';
import { el, shadowHost } from './dom.ts';
import { createPromiseConfirmation } from './promise-confirmation.ts';

export const PANEL_TAG = 'parley-suggestions';
const HISTORY_LIMIT = 5;

const CSS = `
:host { all: initial; display: block; margin: 4px 0; font: 13px/1.4 system-ui, sans-serif; color: #111827; }
.panel { border: 1px solid #d1d5db; border-radius: 6px; padding: 6px; background: #fff; }
h2 { font-size: 12px; margin: 0 0 4px; color: #374151; }
ol { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; }
button.suggestion { all: unset; display: block; width: 100%; box-sizing: border-box; cursor: pointer; padding: 4px 6px;
  border-radius: 4px; border: 1px solid #e5e7eb; }
button.suggestion:hover, button.suggestion:focus-visible { border-color: #2563eb; background: #eff6ff; }
.key { font-weight: 600; margin-right: 4px; }
.back { display: block; color: #4b5563; font-size: 12px; }
.commitment { display: block; color: #92400e; font-size: 12px; }
.confirm { margin-top: 4px; padding: 4px; background: #fffbeb; border: 1px solid #f59e0b; border-radius: 4px; }
.status { color: #6b7280; font-style: italic; margin: 0; }
${COMPOSE_CSS}`;

export interface SuggestionPanelOptions {
  adapter: SiteAdapter;
  assist: AssistClient;
  agentLanguage: string;
  /** The options' persona (Thai ค่ะ/ครับ, display name); absent, the relay's stored persona is used. */
  persona?: AgentPersona | undefined;
  signal: AbortSignal;
  root?: Document;
}

export function startSuggestionPanel(options: SuggestionPanelOptions): void {
  const { adapter, assist, agentLanguage, persona, signal, root = document } = options;
  if (signal.aborted) return;
  const { host, root: shadow } = shadowHost(PANEL_TAG, CSS);
  host.setAttribute('data-parley-suggestions', '');
  const status = el(
    'p',
    { class: 'status', 'data-testid': 'parley-suggestions-status' },
    'Waiting for a buyer message…',
  );
  const list = el('ol', { 'aria-label': 'Suggested replies' });
  const confirmation = createPromiseConfirmation();
  const compose = createComposeArea({
    assist,
    agentLanguage,
    persona,
    buyerLanguage,
    insert,
    signal,
  });
  shadow.append(
    el(
      'section',
      { class: 'panel' },
      el('h2', {}, 'Parley suggestions (Alt+1/2/3)'),
      status,
      list,
      confirmation.box,
      compose,
    ),
  );

  let suggestions: Suggestion[] = [];
  let answering: string | undefined;
  let request = 0;
  /** The latest suggestions' answer, or its failure: the buyer's language for compose comes from it. */
  let answered: Promise<SuggestResult> | undefined;

  function place(): void {
    const composer = findComposer(root, adapter);
    if (!composer) return;
    // Beside the composer in the light DOM: before its shadow host when the composer lives in a shadow root.
    const anchor = lightDomAnchor(composer);
    if (anchor.previousElementSibling !== host) anchor.before(host);
  }

  async function refresh(): Promise<void> {
    watchShadowRoots();
    place();
    const buyerTexts = findBuyerMessages(root, adapter)
      .map((message) => messageText(message, adapter))
      .filter((text) => text !== '');
    const latest = buyerTexts.at(-1);
    if (latest === undefined || latest === answering) return;
    answering = latest;
    const mine = ++request;
    status.textContent = 'Finding replies…';
    const asked = assist.suggest({
      text: latest,
      history: buyerTexts.slice(-1 - HISTORY_LIMIT, -1),
      agentLanguage,
      ...(persona ? { persona } : {}),
    });
    answered = asked;
    try {
      const result = await asked;
      if (signal.aborted || mine !== request) return;
      render(result.suggestions.slice(0, 3));
    } catch (error) {
      if (signal.aborted || mine !== request) return;
      answering = undefined;
      render([]);
      status.textContent = `No suggestions: ${AssistError.fromUnknown(error).message}`;
    }
  }

  /**
   * The language the latest suggestions answer in: the relay's analysis of the latest buyer message, as a reply
   * language ("zh-Hant"). After a failure (not signed in yet, relay down) it asks again, so compose says why.
   */
  async function buyerLanguage(): Promise<string> {
    if (!answered) await refresh();
    const result = await answered?.catch(async () => {
      await refresh();
      return answered;
    });
    if (!result) throw new AssistError('no_buyer_message', 'No buyer message on the page yet to answer.');
    return result.language;
  }

  function render(next: Suggestion[]): void {
    suggestions = next;
    confirmation.hide();
    status.textContent = next.length === 0 ? 'No suggestions for this message.' : '';
    status.hidden = next.length > 0;
    list.replaceChildren(
      ...next.map((suggestion, index) => {
        const button = el(
          'button',
          {
            class: 'suggestion',
            type: 'button',
            'data-testid': 'parley-suggestion',
            lang: suggestion.language,
          },
          el('span', { class: 'key' }, `${index + 1}`),
          el('span', { 'data-testid': 'parley-suggestion-text' }, suggestion.text),
          el('span', { class: 'back', lang: suggestion.backTranslationLanguage }, suggestion.backTranslation),
        );
        if (suggestion.commitments.length > 0) {
          button.append(
            el('span', { class: 'commitment' }, `Promises: ${suggestion.commitments.join(', ')}`),
          );
        }
        button.addEventListener('click', () => choose(index));
        return el('li', {}, button);
      }),
    );
  }

  function choose(index: number): void {
    const suggestion = suggestions[index];
    if (!suggestion) return;
    confirmation.offer(String(index), suggestion.commitments, () => insert(suggestion.text));
  }

  function insert(text: string): void {
    const composer = findComposer(root, adapter);
    if (!composer) {
      status.hidden = false;
      status.textContent = 'The reply box is not on the page.';
      return;
    }
    insertIntoComposer(composer, text);
  }

  root.addEventListener(
    'keydown',
    (event) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      // `code` rather than `key`: Alt+digit types other characters on some layouts (macOS).
      const index = ['Digit1', 'Digit2', 'Digit3'].indexOf(event.code);
      if (index === -1 || !suggestions[index]) return;
      event.preventDefault();
      event.stopPropagation();
      choose(index);
    },
    { capture: true, signal },
  );

  let scheduled = false;
  const mutations = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      if (!signal.aborted) void refresh();
    });
  });
  const observed: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  mutations.observe(root.body, observed);
  /** New buyer messages in a web component's shadow root never reach the document's observer. */
  function watchShadowRoots(): void {
    const { message, composer } = adapter.selectors;
    for (const shadow of [...shadowRootsOnPath(root, message), ...shadowRootsOnPath(root, composer)]) {
      // Observing a node again only replaces its options, so this adds just the roots not yet watched.
      mutations.observe(shadow, observed);
    }
  }
  signal.addEventListener(
    'abort',
    () => {
      mutations.disconnect();
      host.remove();
    },
    { once: true },
  );
  void refresh();
}

function lightDomAnchor(node: Element): Element {
  let current: Element = node;
  for (;;) {
    const rootNode = current.getRootNode();
    if (!(rootNode instanceof ShadowRoot)) return current;
    current = rootNode.host;
  }
}
