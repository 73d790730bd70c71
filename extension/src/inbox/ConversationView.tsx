// One conversation: its header, the message log and the reply composer.
import { type AgentSession, type ConversationSummary, languageName, type Message } from '@parley/shared';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { IntentChip, LanguageBadge, UrgencyMarker } from './analysis-badges.tsx';
import { Composer } from './Composer.tsx';
import { buyerLabel } from './ConversationList.tsx';
import type { MessageLoad, ReplyState } from './inbox-store.ts';
import { MessageBubble, PendingBubble } from './MessageBubble.tsx';

export function ConversationView(props: {
  conversation: ConversationSummary;
  messages: readonly Message[];
  load: MessageLoad | undefined;
  reply: ReplyState;
  session: AgentSession | null;
  /** Other conversations waiting for the agent, shown on the back button in the narrow layout. */
  unreadElsewhere: number;
  onBack: () => void;
  onRetryLoad: () => void;
  onDraft: (draft: string) => void;
  onSend: () => void;
}) {
  const { conversation, messages, load, reply } = props;
  const log = useRef<HTMLDivElement>(null);
  const stickToBottom = useRef(true);
  const count = messages.length + (reply.sending ? 1 : 0);

  // Follow new messages only while the agent is at the bottom; scrolling up to read must not be yanked away.
  useLayoutEffect(() => {
    const el = log.current;
    if (el && stickToBottom.current && count > 0) el.scrollTop = el.scrollHeight;
  }, [count]);

  return (
    <div class="conversation-view">
      <header class="conversation-header">
        <button type="button" class="button button--ghost back-button" onClick={props.onBack}>
          <span aria-hidden="true">←</span>
          {props.unreadElsewhere > 0 ? (
            <span class="back-count" aria-hidden="true">
              {props.unreadElsewhere}
            </span>
          ) : null}
          <span class="sr-only">
            Back to conversations{props.unreadElsewhere > 0 ? ` (${props.unreadElsewhere} unread)` : ''}
          </span>
        </button>
        <div class="conversation-heading">
          <h2 class="conversation-name">
            {buyerLabel(conversation)} <span class="conversation-site">{conversation.siteName}</span>
          </h2>
          <span class="conversation-tags">
            <LanguageBadge code={conversation.language} />
            {conversation.language ? <span class="muted">{languageName(conversation.language)}</span> : null}
            <UrgencyMarker intent={conversation.intent} urgency={conversation.urgency} compact />
            {conversation.intent === 'product_safety' ? null : <IntentChip intent={conversation.intent} />}
          </span>
        </div>
      </header>
      <div
        class="message-log"
        role="log"
        aria-label={`Messages with ${buyerLabel(conversation)}`}
        ref={log}
        onScroll={(event) => {
          const el = event.currentTarget;
          stickToBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
        }}
      >
        {load?.state === 'failed' ? (
          <p class="notice notice--error" role="alert">
            Could not load messages ({load.error.code}): {load.error.message}{' '}
            <button type="button" class="button button--small" onClick={props.onRetryLoad}>
              Try again
            </button>
          </p>
        ) : null}
        {load?.state === 'loading' && messages.length === 0 ? <p class="notice">Loading messages…</p> : null}
        <ol class="messages">
          {messages.map((m) => (
            <MessageBubble
              key={m.id}
              message={m}
              agentLanguage={props.session?.language ?? 'en'}
              buyerLanguage={conversation.language}
            />
          ))}
          {reply.sending ? <PendingBubble reply={reply.sending} /> : null}
        </ol>
      </div>
      <Composer
        reply={reply}
        agentLanguage={props.session?.language ?? null}
        onDraft={props.onDraft}
        onSend={props.onSend}
      />
    </div>
  );
}
