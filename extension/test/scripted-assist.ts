// An in-memory assist API for overlay tests: answers from a table keyed by message text, and remembers what the
// overlay asked, so tests can check what left the page.
import type { Analysis, ComposeResult, Suggestion, SuggestResult } from '@parley/shared';
import {
  type AssistClient,
  AssistError,
  type ComposeInput,
  type SuggestInput,
  type Translation,
} from '../src/assist/assist-client.ts';

export interface ScriptedAssist extends AssistClient {
  analysed: string[];
  suggestedFor: string[];
  /** Each suggest request as it left the overlay, persona and all. */
  suggestRequests: SuggestInput[];
  /** Each compose request as it left the overlay. */
  composeRequests: ComposeInput[];
}

export function scriptedAssist(options: {
  analyses?: Record<string, Partial<Analysis>>;
  translations?: Record<string, string>;
  /** Translation engine missing on the relay (offline mode). */
  translateOffline?: boolean;
  suggestions?: Suggestion[];
  /** The language the relay's analysis gives the latest buyer message; "th" when omitted. */
  language?: string;
  /** What compose answers, keyed by the agent's draft; a draft not listed gets `source: "none"`. */
  composed?: Record<string, Partial<ComposeResult>>;
  /** Every call fails with this, as the background worker answers before the agent signs in. */
  failWith?: AssistError;
}): ScriptedAssist {
  const analysed: string[] = [];
  const suggestedFor: string[] = [];
  const suggestRequests: SuggestInput[] = [];
  const composeRequests: ComposeInput[] = [];
  const language = options.language ?? 'th';
  return {
    analysed,
    suggestedFor,
    suggestRequests,
    composeRequests,
    async analyze({ text }) {
      analysed.push(text);
      return {
        language: 'th',
        intent: 'other',
        urgency: 'normal',
        confidence: 0.9,
        degraded: false,
        ...options.analyses?.[text],
      } as Analysis;
    },
    async translate({ text, to, from }): Promise<Translation> {
      if (options.translateOffline)
        throw new AssistError('unavailable', 'No translation engine is configured.');
      return { text: options.translations?.[text] ?? `[${to}] ${text}`, from: from ?? 'th', to };
    },
    async suggest(input): Promise<SuggestResult> {
      suggestedFor.push(input.text);
      suggestRequests.push(structuredClone(input));
      if (options.failWith) throw options.failWith;
      return { suggestions: options.suggestions ?? [], intent: 'other', language, degraded: false };
    },
    async compose(input): Promise<ComposeResult> {
      composeRequests.push(structuredClone(input));
      if (options.failWith) throw options.failWith;
      return {
        text: null,
        language: input.buyerLanguage,
        backTranslation: null,
        source: 'none',
        warnings: [],
        ...options.composed?.[input.text],
      };
    },
  };
}

export function suggestion(
  text: string,
  backTranslation: string,
  extra: Partial<Suggestion> = {},
): Suggestion {
  return {
    text,
    language: 'th',
    backTranslation,
    backTranslationLanguage: 'en',
    source: 'template',
    slots: { filled: {}, missing: [] },
    commitments: [],
    clarifying: false,
    warnings: [],
    ...extra,
  };
}

/** Visibility under the test's control: nothing is on screen until `show` says so. */
export function manualVisibility() {
  const observed = new Set<Element>();
  let notify: (elements: Element[]) => void = () => {};
  return {
    observed,
    factory: (onVisible: (elements: Element[]) => void) => {
      notify = onVisible;
      return {
        observe: (element: Element) => observed.add(element),
        unobserve: (element: Element) => observed.delete(element),
        disconnect: () => observed.clear(),
      };
    },
    show(elements: Element[]) {
      notify(elements.filter((element) => observed.has(element)));
    },
    showAll() {
      notify([...observed]);
    },
  };
}
