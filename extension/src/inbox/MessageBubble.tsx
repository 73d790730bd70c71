// One message in the log: the buyer's words as text, with what the pipeline concluded about them.
import { languageName, type Message, UNDETERMINED_LANGUAGE } from '@parley/shared';
import { IntentChip, LanguageBadge, UrgencyMarker } from './analysis-badges.tsx';
import type { PendingReply } from './inbox-store.ts';
import { formatFullTime, formatTime } from './time-format.ts';

const AUTHOR_LABEL = { visitor: 'Buyer', agent: 'Agent', bot: 'Bot', system: 'System' } as const;

export function MessageBubble(props: {
  message: Message;
  agentLanguage: string;
  buyerLanguage: string | null;
  /** The buyer has read up to this message (shown under the newest such agent message only). */
  seen?: boolean;
}) {
  const { message } = props;
  const analysis = message.author === 'visitor' ? message.analysis : undefined;
  const safety = analysis?.intent === 'product_safety';
  // Visitors see agent text translated; the agent sees visitor text translated. Show whichever the reader lacks.
  const translateTo = message.author === 'visitor' ? props.agentLanguage : props.buyerLanguage;
  const translation =
    translateTo && translateTo !== message.language ? message.translations[translateTo] : undefined;
  return (
    <li
      class={`message message--${message.author}${safety ? ' message--safety' : ''}`}
      data-testid="message"
      data-author={message.author}
      data-seq={message.seq}
    >
      {analysis ? (
        <span class="message-analysis">
          <LanguageBadge code={analysis.language} script={analysis.script} full />
          <IntentChip intent={analysis.intent} analysis={analysis} testId="message-intent" />
          <UrgencyMarker intent={analysis.intent} urgency={analysis.urgency} />
        </span>
      ) : null}
      {/* Text nodes only: message text is untrusted and is never parsed as HTML. */}
      <p
        class="message-text"
        lang={message.language === UNDETERMINED_LANGUAGE ? undefined : message.language}
        dir="auto"
      >
        {message.text}
      </p>
      {translation && translateTo ? (
        <p class="message-translation" lang={translateTo} dir="auto">
          <span class="message-translation-label">
            {message.author === 'visitor'
              ? `In ${languageName(translateTo)}`
              : `Buyer sees (${languageName(translateTo)})`}
          </span>
          {translation}
        </p>
      ) : null}
      <span class="message-footer">
        {AUTHOR_LABEL[message.author]} ·{' '}
        <time dateTime={message.createdAt} title={formatFullTime(message.createdAt)}>
          {formatTime(message.createdAt)}
        </time>
      </span>
      {props.seen ? (
        <span class="message-seen" data-testid="message-seen">
          Seen
        </span>
      ) : null}
    </li>
  );
}

/** A reply the relay has not acknowledged yet: shown at once, marked as sending. */
export function PendingBubble(props: { reply: PendingReply }) {
  return (
    <li
      class="message message--agent message--pending"
      data-testid="message"
      data-author="agent"
      data-state="sending"
    >
      <p class="message-text" dir="auto">
        {props.reply.text}
      </p>
      <span class="message-footer">Sending…</span>
    </li>
  );
}
