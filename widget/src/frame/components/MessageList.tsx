// The conversation as a live log: confirmed messages by seq, then the visitor's unacknowledged ones, with "Seen"
// under the visitor's last message that agents have read.
// Text is rendered only as Preact text nodes, so no message can ever become markup.
import type { Message } from '@parley/shared';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { OutboxMessage } from '../chat-store.ts';
import type { Translation } from '../i18n/translation.ts';

function authorLabel(t: Translation, author: Message['author'], siteName: string): string {
  if (author === 'visitor') return t.strings.you;
  const name = siteName || t.strings.title;
  return author === 'bot' ? t.fill(t.strings.autoReply, { name }) : name;
}

function MessageBubble({
  t,
  message,
  siteName,
  visitorLanguage,
  seen,
}: {
  t: Translation;
  message: Message;
  siteName: string;
  visitorLanguage: string | undefined;
  seen: boolean;
}) {
  const [showOriginal, setShowOriginal] = useState(false);
  // Agents write in their language; the relay stores the visitor-language version under translations.
  const translation =
    message.author !== 'visitor' && visitorLanguage && visitorLanguage !== message.language
      ? message.translations[visitorLanguage]
      : undefined;
  const text = translation && !showOriginal ? translation : message.text;
  return (
    <li
      class="bubble"
      data-testid="message"
      data-author={message.author}
      data-status="sent"
      data-seq={message.seq}
    >
      <span class="sr-only">{authorLabel(t, message.author, siteName)}: </span>
      <p class="text" dir="auto">
        {text}
      </p>
      <p class="meta">
        <time dateTime={message.createdAt}>{t.time(message.createdAt)}</time>
        {translation && (
          <button type="button" class="link" onClick={() => setShowOriginal(!showOriginal)}>
            {showOriginal ? t.strings.showTranslation : t.strings.showOriginal}
          </button>
        )}
        {seen && <span data-testid="seen">{t.strings.seen}</span>}
      </p>
    </li>
  );
}

function OutboxBubble({ t, item }: { t: Translation; item: OutboxMessage }) {
  return (
    <li class="bubble" data-testid="message" data-author="visitor" data-status={item.status}>
      <span class="sr-only">{t.strings.you}: </span>
      <p class="text" dir="auto">
        {item.text}
      </p>
      <p class="meta">{item.status === 'failed' ? t.strings.notSent : t.strings.sending}</p>
    </li>
  );
}

export function MessageList({
  t,
  messages,
  outbox,
  siteName,
  visitorLanguage,
  readSeq,
}: {
  t: Translation;
  messages: readonly Message[];
  outbox: readonly OutboxMessage[];
  siteName: string;
  visitorLanguage: string | undefined;
  /** Agents have read up to here. */
  readSeq: number;
}) {
  const log = useRef<HTMLDivElement>(null);
  // Messages are sorted by seq, so this ends on the last visitor message the agents have read.
  let seenSeq = 0;
  for (const message of messages) {
    if (message.author === 'visitor' && message.seq <= readSeq) seenSeq = message.seq;
  }
  const count = messages.length + outbox.length;
  useLayoutEffect(() => {
    const element = log.current;
    if (element && count > 0) element.scrollTop = element.scrollHeight;
  }, [count]);
  return (
    <div
      class="log"
      role="log"
      aria-live="polite"
      aria-label={t.strings.messagesLabel}
      data-testid="message-list"
      ref={log}
    >
      {count === 0 && <p class="empty">{t.strings.empty}</p>}
      <ol class="messages">
        {messages.map((message) => (
          <MessageBubble
            t={t}
            key={message.clientId}
            message={message}
            siteName={siteName}
            visitorLanguage={visitorLanguage}
            seen={message.seq === seenSeq}
          />
        ))}
        {outbox.map((item) => (
          <OutboxBubble key={item.clientId} t={t} item={item} />
        ))}
      </ol>
    </div>
  );
}
