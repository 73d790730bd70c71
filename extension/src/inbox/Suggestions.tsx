// Three suggested replies for the buyer's latest message, from the relay's assist API: each in the buyer's
// language with what it says in the agent's, and a warning on any that commits the shop to money or goods.
// Choosing one only fills the reply box; the agent still reads, edits and sends it.
import type { SuggestResult } from '@parley/shared';
import { useEffect, useState } from 'preact/hooks';

export type SuggestFn = (conversationId: string, signal: AbortSignal) => Promise<SuggestResult>;

type Load = { state: 'loading' } | { state: 'ready'; result: SuggestResult } | { state: 'failed' };

export function Suggestions(props: {
  conversationId: string;
  /** The buyer's latest message seq: a new buyer message asks again. */
  buyerSeq: number;
  suggest: SuggestFn;
  onUse: (text: string) => void;
}) {
  const { conversationId, buyerSeq, suggest } = props;
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setLoad({ state: 'loading' });
    suggest(conversationId, controller.signal).then(
      (result) => setLoad({ state: 'ready', result }),
      () => {
        if (!controller.signal.aborted) setLoad({ state: 'failed' });
      },
    );
    return () => controller.abort();
  }, [conversationId, buyerSeq, suggest]);

  if (load.state === 'failed') return <p class="suggestions-note">Suggestions are unavailable right now.</p>;
  if (load.state === 'loading') return <p class="suggestions-note">Finding suggested replies…</p>;
  return (
    <ol class="suggestions" aria-label="Suggested replies" data-testid="suggestions">
      {load.result.suggestions.map((suggestion) => (
        <li key={suggestion.text}>
          <button
            type="button"
            class="suggestion"
            lang={suggestion.language}
            onClick={() => {
              if (
                suggestion.commitments.length === 0 ||
                globalThis.confirm(`This reply promises: ${suggestion.commitments.join(', ')}. Use it?`)
              )
                props.onUse(suggestion.text);
            }}
          >
            <span class="suggestion-text">{suggestion.text}</span>
            <span class="suggestion-back" lang={suggestion.backTranslationLanguage}>
              {suggestion.backTranslation}
            </span>
            {suggestion.commitments.length > 0 ? (
              <span class="suggestion-commitment">Promises: {suggestion.commitments.join(', ')}</span>
            ) : null}
          </button>
        </li>
      ))}
    </ol>
  );
}
