// The conversation as a live log: confirmed messages by seq, then the visitor's unacknowledged ones, with "Seen"
// under the visitor's last message that agents have read.
// Text is rendered only as Preact text nodes, so no message can ever become markup.
import type { AttachmentRef, Message } from '@parley/shared';
import type { ComponentChild } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { OutboxMessage } from '../chat-store.ts';
import type { Translation } from '../i18n/translation.ts';

function authorLabel(t: Translation, author: Message['author'], siteName: string): string {
  if (author === 'visitor') return t.strings.you;
  const name = siteName || t.strings.title;
  return author === 'bot' ? t.fill(t.strings.autoReply, { name }) : name;
}

/** http(s) addresses, ending before trailing punctuation that usually closes the sentence, not the URL. */
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]}]/g;

/** Text with its web addresses as links. Only http(s) can match, so no javascript: URL ever becomes a link. */
export function Linkified({ text }: { text: string }) {
  const parts: ComponentChild[] = [];
  let from = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    parts.push(
      text.slice(from, match.index),
      <a href={match[0]} target="_blank" rel="noopener noreferrer nofollow">
        {match[0]}
      </a>,
    );
    from = match.index + match[0].length;
  }
  parts.push(text.slice(from));
  return <>{parts}</>;
}

/** Renders a message's photos; undefined until the on-demand part of the chat has loaded. */
export type RenderPhotos = ((attachments: readonly AttachmentRef[]) => ComponentChild) | undefined;

function MessageBubble({
  t,
  message,
  siteName,
  visitorLanguage,
  seen,
  Photos,
}: {
  t: Translation;
  message: Message;
  siteName: string;
  visitorLanguage: string | undefined;
  seen: boolean;
  Photos: RenderPhotos;
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
      {message.attachments?.length ? Photos?.(message.attachments) : null}
      <p class="text" dir="auto">
        <Linkified text={text} />
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

function OutboxBubble({ t, item, Photos }: { t: Translation; item: OutboxMessage; Photos: RenderPhotos }) {
  return (
    <li class="bubble" data-testid="message" data-author="visitor" data-status={item.status}>
      <span class="sr-only">{t.strings.you}: </span>
      {item.attachments && Photos?.(item.attachments)}
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
  greeting,
  Photos,
}: {
  t: Translation;
  messages: readonly Message[];
  outbox: readonly OutboxMessage[];
  siteName: string;
  visitorLanguage: string | undefined;
  /** Agents have read up to here. */
  readSeq: number;
  /** The merchant's welcome line, shown first; it is the page's, not part of the stored conversation. */
  greeting?: string | undefined;
  Photos?: RenderPhotos;
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
      {count === 0 && !greeting && <p class="empty">{t.strings.empty}</p>}
      <ol class="messages">
        {greeting && (
          <li class="bubble" data-author="agent" data-testid="greeting">
            <span class="sr-only">{siteName || t.strings.title}: </span>
            <p class="text" dir="auto">
              <Linkified text={greeting} />
            </p>
          </li>
        )}
        {/* System notes speak to agents (e.g. "asked to be answered by email"); the shopper was told already. */}
        {messages.map(
          (message) =>
            message.author !== 'system' && (
              <MessageBubble
                t={t}
                key={message.clientId}
                message={message}
                siteName={siteName}
                visitorLanguage={visitorLanguage}
                seen={message.seq === seenSeq}
                Photos={Photos}
              />
            ),
        )}
        {outbox.map((item) => (
          <OutboxBubble key={item.clientId} t={t} item={item} Photos={Photos} />
        ))}
      </ol>
    </div>
  );
}
