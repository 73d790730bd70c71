// The frame's header: the merchant's name from the session, the connection state, and the close button.
import type { ChatState } from '../chat-store.ts';
import type { Translation } from '../i18n/translation.ts';

export function Header({
  t,
  siteName,
  status,
  onClose,
}: {
  t: Translation;
  siteName: string;
  status: ChatState['status'];
  onClose?: (() => void) | undefined;
}) {
  const statusText =
    status === 'connecting' ? t.strings.connecting : status === 'offline' ? t.strings.offline : '';
  return (
    <header class="header">
      <div class="header-text">
        <h1 class="title" data-testid="site-name">
          {siteName || t.strings.title}
        </h1>
        <p class="status" role="status" data-testid="connection-status">
          {statusText}
        </p>
      </div>
      {onClose && (
        <button
          type="button"
          class="icon-button"
          aria-label={t.strings.close}
          data-testid="close"
          onClick={onClose}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6 10.6 12 5 6.4z" />
          </svg>
        </button>
      )}
    </header>
  );
}
