// The parts of the chat a shopper may never need, loaded on demand by later-loader.ts: the away notice with its
// email form, the rating of a resolved conversation, photos, and the emoji picker. None of them is needed to open
// the chat, so they stay out of its 30 kB budget (DESIGN: widget size).
// Text is rendered only as Preact text nodes, as everywhere in the chat.
import type {
  AttachmentRef,
  ErrorBody,
  SiteAvailability,
  VisitorConversationState,
  VisitorProfile,
} from '@parley/shared';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChatStore } from '../chat-store.ts';
import { COMPOSER_INPUT_ID } from '../components/Composer.tsx';
import type { Translation } from '../i18n/translation.ts';
import { errorText } from './error-text.ts';
import css from './later.css?inline';
import { type LaterTranslation, useLaterTranslation } from './later-strings.ts';
import { attachmentUrl, uploadPhoto } from './photos.ts';

// Injected rather than linked: a <link> would need Vite's preload helper in the main bundle for one rule set.
const style = document.createElement('style');
style.textContent = css;
document.head.append(style);

/** Uploads the picked photos one by one and attaches each to the next message; a refusal becomes the notice. */
export async function attachPhotos(files: Iterable<File>, store: ChatStore, token: string | undefined) {
  for (const file of files) {
    const uploaded = await uploadPhoto(file, token);
    if (uploaded.ok) store.attach(uploaded.data);
    else return store.tell(uploaded.error);
  }
}

/** "Monday 9:00" or, later today, "9:00", in the shopper's own time zone and language. */
export function formatReturn(t: Translation, iso: string, now = new Date()): string {
  const at = new Date(iso);
  const sameDay = at.toDateString() === now.toDateString();
  const options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
  if (!sameDay) options.weekday = 'long';
  return new Intl.DateTimeFormat(t.locales, options).format(at);
}

function Later<P>({ t, children }: { t: Translation; children: (t: LaterTranslation) => P }) {
  const later = useLaterTranslation(t);
  return later ? children(later) : null;
}

/** The shopper-facing sentence for an error, in their language. */
export function ErrorText(props: { t: Translation; error: Pick<ErrorBody, 'code' | 'details'> }) {
  return <Later t={props.t}>{(t) => errorText(t, props.error)}</Later>;
}

export function Away(props: {
  t: Translation;
  availability: SiteAvailability;
  profile: VisitorProfile | null;
  /** Resolves true once the relay stored the address. */
  onEmail: (email: string) => Promise<boolean>;
}) {
  const [asking, setAsking] = useState(false);
  const [saved, setSaved] = useState<string>();
  const [busy, setBusy] = useState(false);
  const emailInput = useRef<HTMLInputElement>(null);
  // Focus follows the click that revealed the field, once: later renders (the shopper typing a message) keep theirs.
  useEffect(() => {
    if (asking) emailInput.current?.focus();
  }, [asking]);
  const { availability } = props;
  const known = saved ?? props.profile?.email ?? undefined;
  return (
    <Later t={props.t}>
      {(t) => (
        <section class="away" data-testid="away">
          <p role="status">
            {!availability.open && availability.nextOpenAt
              ? t.fill(t.strings.awayUntil, { when: formatReturn(t, availability.nextOpenAt) })
              : t.strings.awayNoAgents}
          </p>
          {known ? (
            <p data-testid="email-saved">{t.fill(t.strings.emailSaved, { email: known })}</p>
          ) : asking ? (
            <form
              class="email"
              onSubmit={async (event) => {
                event.preventDefault();
                const email = new FormData(event.currentTarget).get('email');
                if (typeof email !== 'string' || busy) return;
                setBusy(true);
                if (await props.onEmail(email.trim())) setSaved(email.trim());
                setBusy(false);
              }}
            >
              <label for="parley-email" class="sr-only">
                {t.strings.emailLabel}
              </label>
              <input
                id="parley-email"
                name="email"
                type="email"
                required
                maxLength={200}
                autoComplete="email"
                placeholder={t.strings.emailLabel}
                data-testid="email-input"
                ref={emailInput}
              />
              <button type="submit" class="pill" disabled={busy} data-testid="email-save">
                {t.strings.emailSave}
              </button>
            </form>
          ) : (
            <button type="button" class="link" onClick={() => setAsking(true)} data-testid="email-offer">
              {t.strings.emailOffer}
            </button>
          )}
        </section>
      )}
    </Later>
  );
}

const FACES = ['😞', '🙁', '😐', '🙂', '😄'];

export function Rating(props: {
  t: Translation;
  conversation: VisitorConversationState;
  onRate: (rating: number) => Promise<boolean>;
}) {
  const [busy, setBusy] = useState(false);
  const { rating } = props.conversation;
  return (
    <Later t={props.t}>
      {(t) =>
        rating ? (
          <p class="rating" role="status" data-testid="rating-thanks">
            {t.strings.rateThanks}
          </p>
        ) : (
          <fieldset class="rating" data-testid="rating">
            <legend>{t.strings.rateQuestion}</legend>
            {FACES.map((face, index) => (
              <button
                type="button"
                key={face}
                class="face"
                disabled={busy}
                aria-label={t.fill(t.strings.rateLabel, { rating: index + 1 })}
                data-testid={`rate-${index + 1}`}
                onClick={async () => {
                  setBusy(true);
                  await props.onRate(index + 1);
                  setBusy(false);
                }}
              >
                {face}
              </button>
            ))}
          </fieldset>
        )
      }
    </Later>
  );
}

function Photo({ attachment, token }: { attachment: AttachmentRef; token: string | undefined }) {
  const [src, setSrc] = useState<string>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    attachmentUrl(attachment, token).then(
      (url) => current && setSrc(url),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [attachment, token]);
  if (!attachment.type.startsWith('image/') || failed) {
    // A PDF from an agent, or a photo that did not load: its name, and the bytes one click away when possible.
    return src ? (
      <a class="file" href={src} download={attachment.name} data-testid="attachment-file">
        {attachment.name}
      </a>
    ) : (
      <span class="file">{attachment.name}</span>
    );
  }
  return src ? (
    <img class="photo" src={src} alt={attachment.name} data-testid="attachment-photo" />
  ) : (
    <span class="photo" role="img" aria-label={attachment.name} />
  );
}

export function Photos(props: { attachments: readonly AttachmentRef[]; token: () => string | undefined }) {
  return (
    <div class="photos">
      {props.attachments.map((attachment) => (
        <Photo key={attachment.id} attachment={attachment} token={props.token()} />
      ))}
    </div>
  );
}

/** The photos waiting to go with the next message, each removable. */
export function PendingPhotos(props: {
  t: Translation;
  attachments: readonly AttachmentRef[];
  token: () => string | undefined;
  onRemove: (id: string) => void;
}) {
  return (
    <Later t={props.t}>
      {(t) => (
        <ul class="pending" data-testid="pending-photos">
          {props.attachments.map((attachment) => (
            <li key={attachment.id}>
              <Photo attachment={attachment} token={props.token()} />
              <button
                type="button"
                class="remove"
                aria-label={t.fill(t.strings.removeAttachment, { name: attachment.name })}
                onClick={() => props.onRemove(attachment.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </Later>
  );
}

/** Shoppers' most used reactions; a phone's own emoji keyboard covers the rest. */
const EMOJI = '😀 😊 😂 😍 🙏 👍 👎 👌 👋 🙌 😢 😭 😡 😮 🤔 😅 ❤️ 🎉 ✅ ❌ 📦 🚚 💳 🎁'.split(' ');

/** Puts `text` where the caret is in the message box (at the end when it has no caret). */
function insertAtCaret(store: ChatStore, text: string) {
  const input = document.getElementById(COMPOSER_INPUT_ID) as HTMLTextAreaElement | null;
  const draft = store.getState().draft;
  const at = input?.selectionStart ?? draft.length;
  store.setDraft(draft.slice(0, at) + text + draft.slice(input?.selectionEnd ?? at));
  input?.focus();
  input?.setSelectionRange(at + text.length, at + text.length);
}

export function EmojiPicker(props: { t: Translation; store: ChatStore }) {
  return (
    <fieldset class="emoji" aria-label={props.t.strings.emoji} data-testid="emoji-picker">
      {EMOJI.map((emoji) => (
        <button type="button" key={emoji} onClick={() => insertAtCaret(props.store, emoji)}>
          {emoji}
        </button>
      ))}
    </fieldset>
  );
}
