// The chat frame's root component: header, conversation log, the agent's typing indicator and the composer over one
// ChatStore.
import { useEffect } from 'preact/hooks';
import type { ChatStore } from '../chat-store.ts';
import { english, errorText, type Translation } from '../i18n/translation.ts';
import { Composer } from './Composer.tsx';
import { Header } from './Header.tsx';
import { MessageList } from './MessageList.tsx';
import { useChatState } from './use-chat-state.ts';

export function App({
  store,
  onClose,
  t = english,
}: {
  store: ChatStore;
  onClose?: (() => void) | undefined;
  /** The shopper's UI language; English until theirs has loaded (and in tests). */
  t?: Translation;
}) {
  const state = useChatState(store);
  useEffect(() => {
    if (!onClose) return;
    // Escape inside the frame never reaches the host page, so the frame asks the loader to close.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  return (
    <div class="chat">
      <Header t={t} siteName={state.siteName} status={state.status} onClose={onClose} />
      {state.refusal ? (
        <p class="unavailable" role="alert" data-testid="unavailable">
          {errorText(t, state.refusal)}
        </p>
      ) : (
        <>
          <MessageList
            t={t}
            messages={state.messages}
            outbox={state.outbox}
            siteName={state.siteName}
            visitorLanguage={state.visitorLanguage}
            readSeq={state.agentReadSeq}
          />
          {/* Always in the tree, so assistive tech hears the text when it appears; it only changes when typing
              starts or stops, never on each repeated event. */}
          <p class="typing" aria-live="polite" aria-atomic="true" data-testid="agent-typing">
            {state.agentTyping ? t.strings.agentTyping : ''}
          </p>
          <Composer
            t={t}
            draft={state.draft}
            notice={state.notice && errorText(t, state.notice)}
            onDraft={store.setDraft}
            onSend={store.send}
            onBlur={store.stopTyping}
          />
        </>
      )}
    </div>
  );
}
