// The reply box: Enter sends, Shift+Enter breaks the line, and a refused reply keeps its text.
import { languageName, MAX_MESSAGE_LENGTH } from '@parley/shared';
import { useId } from 'preact/hooks';
import { errorHint } from './inbox-error.ts';
import type { ReplyState } from './inbox-store.ts';

export function Composer(props: {
  reply: ReplyState;
  agentLanguage: string | null;
  onDraft: (draft: string) => void;
  /** Leaving the box ends "typing" for the buyer. */
  onBlur?: () => void;
  onSend: () => void;
}) {
  const id = useId();
  const { reply } = props;
  const sending = reply.sending !== undefined;
  const errorId = `${id}-error`;
  const nearLimit = reply.draft.length > MAX_MESSAGE_LENGTH * 0.9;
  return (
    <form
      class="composer"
      // POST, so a submit that happens before the app is interactive never puts text into the URL.
      method="post"
      aria-busy={sending}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSend();
      }}
    >
      <label class="sr-only" for={id}>
        Reply
      </label>
      <textarea
        id={id}
        class="composer-input"
        rows={3}
        value={reply.draft}
        readOnly={sending}
        aria-invalid={reply.error ? true : undefined}
        aria-describedby={reply.error ? errorId : undefined}
        placeholder={`Reply${props.agentLanguage ? ` in ${languageName(props.agentLanguage)}` : ''} — Enter to send, Shift+Enter for a new line`}
        onInput={(event) => props.onDraft(event.currentTarget.value)}
        onBlur={props.onBlur}
        onKeyDown={(event) => {
          // isComposing: Enter also confirms an IME candidate (Thai, Chinese, Japanese input); that must not send.
          if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            props.onSend();
          }
        }}
      />
      <div class="composer-bar">
        {nearLimit ? (
          <span class="composer-count" aria-live="polite">
            {reply.draft.length} / {MAX_MESSAGE_LENGTH}
          </span>
        ) : null}
        <button type="submit" class="button button--primary" disabled={sending}>
          Send
        </button>
      </div>
      {reply.error ? (
        <p
          class="composer-error"
          id={errorId}
          role="alert"
          data-testid="reply-error"
          data-code={reply.error.code}
        >
          <strong>Not sent ({reply.error.code}):</strong> {reply.error.message}
          {errorHint(reply.error.code) ? ` ${errorHint(reply.error.code)}` : ''}
        </p>
      ) : null}
    </form>
  );
}
