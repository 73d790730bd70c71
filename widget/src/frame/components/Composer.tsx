// The message box: Enter sends, Shift+Enter adds a line, and IME composition (Thai, Chinese, Japanese…) is never cut
// short. Errors appear next to the box and the draft stays, so nothing typed is lost.
import { MAX_MESSAGE_LENGTH } from '@parley/shared';
import type { TargetedKeyboardEvent } from 'preact';
import type { Translation } from '../i18n/translation.ts';

export const COMPOSER_INPUT_ID = 'parley-input';

/** The counter appears near the limit, so the visitor sees it before the relay would refuse the message. */
const COUNTER_FROM = Math.floor(MAX_MESSAGE_LENGTH * 0.9);

export function Composer({
  t,
  draft,
  notice,
  onDraft,
  onSend,
  onBlur,
}: {
  t: Translation;
  draft: string;
  notice: string | undefined;
  onDraft: (text: string) => void;
  onSend: () => void;
  onBlur?: () => void;
}) {
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLTextAreaElement>) => {
    // keyCode 229 is how Safari reports the Enter that confirms an IME candidate.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      onSend();
    }
  };
  const tooLong = draft.length > MAX_MESSAGE_LENGTH;
  const showCounter = draft.length >= COUNTER_FROM;
  const describedBy = [notice && 'parley-notice', showCounter && 'parley-counter'].filter(Boolean).join(' ');
  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        onSend();
      }}
    >
      {notice && (
        <p id="parley-notice" class="notice" role="alert" data-testid="composer-notice">
          {notice}
        </p>
      )}
      <div class="composer-row">
        <label for={COMPOSER_INPUT_ID} class="sr-only">
          {t.strings.inputLabel}
        </label>
        <textarea
          id={COMPOSER_INPUT_ID}
          class="input"
          data-testid="composer-input"
          rows={1}
          dir="auto"
          enterkeyhint="send"
          placeholder={t.strings.placeholder}
          value={draft}
          aria-invalid={tooLong}
          aria-describedby={describedBy || undefined}
          onInput={(event) => onDraft(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
        />
        <button type="submit" class="send" aria-label={t.strings.send} data-testid="composer-send">
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M3.4 20.4 21 12 3.4 3.6 3.4 10l12.6 2-12.6 2z" />
          </svg>
        </button>
      </div>
      {showCounter && (
        <p id="parley-counter" class={tooLong ? 'counter over' : 'counter'} data-testid="composer-counter">
          {t.fill('{length} / {max}', { length: draft.length, max: MAX_MESSAGE_LENGTH })}
        </p>
      )}
    </form>
  );
}
