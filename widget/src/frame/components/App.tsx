// The chat frame's root component: header, conversation log, the agent's typing indicator and the composer over one
// ChatStore.
import { useEffect, useState } from 'preact/hooks';
import type { ChatStore } from '../chat-store.ts';
import { english, type Translation } from '../i18n/translation.ts';
import { loadLater, useLater } from '../later-loader.ts';
import { Composer } from './Composer.tsx';
import { Header } from './Header.tsx';
import { MessageList } from './MessageList.tsx';
import { useChatState } from './use-chat-state.ts';

export function App({
  store,
  onClose,
  t = english,
  greeting,
  visitorToken = () => undefined,
}: {
  store: ChatStore;
  onClose?: (() => void) | undefined;
  /** The shopper's UI language; English until theirs has loaded (and in tests). */
  t?: Translation;
  /** The merchant's welcome line (data-greeting). */
  greeting?: string | undefined;
  /** For fetching photos from the relay. */
  visitorToken?: () => string | undefined;
}) {
  const state = useChatState(store);
  const [picking, setPicking] = useState(false);
  const { availability, conversation } = state;
  const away = !availability.open || !availability.agentsOnline;
  const resolved = conversation?.status === 'resolved' ? conversation : undefined;
  const photos =
    state.attachments.length > 0 || state.messages.some((message) => message.attachments?.length);
  const { notice, refusal } = state;
  const later = useLater(away || !!resolved || photos || picking || !!notice || !!refusal, state.status);
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
      {away && later && !state.refusal && (
        <later.Away
          t={t}
          availability={availability}
          profile={state.profile}
          onEmail={async (email) => (await store.identify({ email, followUpByEmail: true }))?.ok === true}
        />
      )}
      {refusal ? (
        <p class="unavailable" role="alert" data-testid="unavailable">
          {later && <later.ErrorText t={t} error={refusal} />}
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
            greeting={greeting}
            Photos={
              later && ((attachments) => <later.Photos attachments={attachments} token={visitorToken} />)
            }
          />
          {resolved && later && <later.Rating t={t} conversation={resolved} onRate={store.rate} />}
          {/* Always in the tree, so assistive tech hears the text when it appears; it only changes when typing
              starts or stops, never on each repeated event. */}
          <p class="typing" aria-live="polite" aria-atomic="true" data-testid="agent-typing">
            {state.agentTyping ? t.strings.agentTyping : ''}
          </p>
          {picking && later && <later.EmojiPicker t={t} store={store} />}
          {state.attachments.length > 0 && later && (
            <later.PendingPhotos
              t={t}
              attachments={state.attachments}
              token={visitorToken}
              onRemove={store.unattach}
            />
          )}
          <Composer
            t={t}
            draft={state.draft}
            picking={picking}
            onEmoji={() => setPicking(!picking)}
            onPhotos={(files) =>
              loadLater().then(
                (module) => module.attachPhotos(files, store, visitorToken()),
                () => store.tell({ code: 'engine_unavailable' }),
              )
            }
            notice={notice && later && <later.ErrorText t={t} error={notice} />}
            onDraft={store.setDraft}
            onSend={store.send}
            onBlur={store.stopTyping}
          />
        </>
      )}
    </div>
  );
}
