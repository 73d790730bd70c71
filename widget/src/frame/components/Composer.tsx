// The message box: Enter sends, Shift+Enter adds a line, and IME composition (Thai, Chinese, Japanese…) is never cut
// short. Errors appear next to the box and the draft stays, so nothing typed is lost.
import { MAX_MESSAGE_LENGTH } from '@parley/shared';
import type { ComponentChild, TargetedKeyboardEvent } from 'preact';
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
  picking,
  onEmoji,
  onPhotos,
}: {
  t: Translation;
  draft: string;
  /** The error to show by the box, already in words; nothing while there is none. */
  notice: ComponentChild;
  onDraft: (text: string) => void;
  onSend: () => void;
  onBlur?: () => void;
  /** The emoji picker is open. */
  picking?: boolean;
  onEmoji?: () => void;
  onPhotos?: (files: File[]) => void;
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
        {onPhotos && (
          // A label styled as a button: the file input itself stays keyboard-focusable and screen-reader named.
          <label class="icon-button tool" data-testid="attach">
            <input
              type="file"
              class="sr-only"
              accept="image/jpeg,image/png,image/webp,image/gif"
              multiple
              aria-label={t.strings.attach}
              onChange={(event) => {
                const input = event.currentTarget;
                onPhotos([...(input.files ?? [])]);
                input.value = ''; // Picking the same photo again must fire change again.
              }}
            />
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path fill-rule="evenodd" d="M4 5h16v14H4zm2 2v8l4-4 3 3 2-2 3 3V7z" />
            </svg>
          </label>
        )}
        {onEmoji && (
          <button
            type="button"
            class="icon-button tool"
            aria-label={t.strings.emoji}
            aria-expanded={picking}
            data-testid="emoji"
            onClick={onEmoji}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path
                fill-rule="evenodd"
                d="M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM9 8a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm6 0a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm-7 6h8a4 4 0 0 1-8 0z"
              />
            </svg>
          </button>
        )}
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
