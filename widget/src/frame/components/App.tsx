// The chat frame's root component: header, conversation log, the agent's typing indicator and the composer over one
// ChatStore.
import { useEffect } from 'preact/hooks';
import type { ChatStore } from '../chat-store.ts';
import { errorText, strings } from '../strings.ts';
import { Composer } from './Composer.tsx';
import { Header } from './Header.tsx';
import { MessageList } from './MessageList.tsx';
import { useChatState } from './use-chat-state.ts';

export function App({ store, onClose }: { store: ChatStore; onClose?: (() => void) | undefined }) {
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
      <Header siteName={state.siteName} status={state.status} onClose={onClose} />
      {state.refusal ? (
        <p class="unavailable" role="alert" data-testid="unavailable">
          {errorText(state.refusal)}
        </p>
      ) : (
        <>
          <MessageList
            messages={state.messages}
            outbox={state.outbox}
            siteName={state.siteName}
            visitorLanguage={state.visitorLanguage}
            readSeq={state.agentReadSeq}
          />
          {/* Always in the tree, so assistive tech hears the text when it appears; it only changes when typing
              starts or stops, never on each repeated event. */}
          <p class="typing" aria-live="polite" aria-atomic="true" data-testid="agent-typing">
            {state.agentTyping ? strings.agentTyping : ''}
          </p>
          <Composer
            draft={state.draft}
            notice={state.notice}
            onDraft={store.setDraft}
            onSend={store.send}
            onBlur={store.stopTyping}
          />
        </>
      )}
    </div>
  );
}
