// One conversation: its header with status and actions, the message log and the reply composer.
import { type AgentSession, type ConversationSummary, languageName, type Message } from '@parley/shared';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { IntentChip, LanguageBadge, UrgencyMarker } from './analysis-badges.tsx';
import { Composer } from './Composer.tsx';
import { buyerLabel } from './ConversationList.tsx';
import { errorHint } from './inbox-error.ts';
import {
  type ActionState,
  type ConversationAction,
  type MessageLoad,
  type ReplyState,
  seenAgentMessage,
} from './inbox-store.ts';
import { MessageBubble, PendingBubble } from './MessageBubble.tsx';
import { type SuggestFn, Suggestions } from './Suggestions.tsx';
import { formatFullTime, formatTime } from './time-format.ts';

const ACTION_FAILED: Record<ConversationAction, string> = {
  assign: 'Could not assign',
  unassign: 'Could not unassign',
  resolve: 'Could not resolve',
};

function assigneeText(conversation: ConversationSummary, myAgentId: string | null): string {
  if (conversation.assigneeId === null) return 'Unassigned';
  if (conversation.assigneeId === myAgentId) return 'Assigned to you';
  return 'Assigned to another agent';
}

export function ConversationView(props: {
  conversation: ConversationSummary;
  messages: readonly Message[];
  load: MessageLoad | undefined;
  reply: ReplyState;
  session: AgentSession | null;
  buyerTyping: boolean;
  action: ActionState | undefined;
  /** Other conversations waiting for the agent, shown on the back button in the narrow layout. */
  unreadElsewhere: number;
  onBack: () => void;
  onRetryLoad: () => void;
  onDraft: (draft: string) => void;
  onStopTyping: () => void;
  onSend: () => void;
  onAssignToMe: () => void;
  onUnassign: () => void;
  onResolve: () => void;
  /** Asks the relay for suggested replies; absent where there is no relay to ask. */
  suggest?: SuggestFn;
}) {
  const { conversation, messages, load, reply, action } = props;
  const log = useRef<HTMLDivElement>(null);
  const stickToBottom = useRef(true);
  const statusRef = useRef<HTMLSpanElement>(null);
  const focusStatusOnResolve = useRef(false);
  const count = messages.length + (reply.sending ? 1 : 0);
  const myAgentId = props.session?.agentId ?? null;
  const mine = myAgentId !== null && conversation.assigneeId === myAgentId;
  const resolved = conversation.status === 'resolved';
  const seen = seenAgentMessage(conversation, messages);
  const pending = action?.pending;
  const lastBuyerSeq = messages.findLast((message) => message.author === 'visitor')?.seq ?? 0;

  // Follow new messages only while the agent is at the bottom; scrolling up to read must not be yanked away.
  useLayoutEffect(() => {
    const el = log.current;
    if (el && stickToBottom.current && count > 0) el.scrollTop = el.scrollHeight;
  }, [count, props.buyerTyping]);

  // The Resolve button goes away once it has worked; keep keyboard focus in the header instead of losing it.
  useEffect(() => {
    if (resolved && focusStatusOnResolve.current) statusRef.current?.focus();
    if (resolved || action?.failed) focusStatusOnResolve.current = false;
  }, [resolved, action?.failed]);

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
      <div class="conversation-toolbar">
        <span
          class={`conversation-state conversation-state--${conversation.status}`}
          data-testid="conversation-status"
          data-status={conversation.status}
          role="status"
          tabIndex={-1}
          ref={statusRef}
        >
          {resolved ? (
            <>
              Resolved
              {conversation.resolvedAt ? (
                <>
                  {' '}
                  <time dateTime={conversation.resolvedAt} title={formatFullTime(conversation.resolvedAt)}>
                    {formatTime(conversation.resolvedAt)}
                  </time>
                </>
              ) : null}
            </>
          ) : (
            'Open'
          )}
          {' · '}
          <span data-testid="conversation-assignee">{assigneeText(conversation, myAgentId)}</span>
        </span>
        <span class="conversation-actions">
          {/* The admin token is not an agent, so there is no "me" to assign to. One button that changes its
              label keeps focus in place when it flips between the two. aria-disabled, not disabled, for the same
              reason: a disabled button drops focus. */}
          {myAgentId !== null ? (
            <button
              type="button"
              class="button button--small"
              data-testid="assign-button"
              aria-disabled={pending ? 'true' : undefined}
              aria-busy={pending === 'assign' || pending === 'unassign' ? 'true' : undefined}
              onClick={() => {
                if (pending) return;
                if (mine) props.onUnassign();
                else props.onAssignToMe();
              }}
            >
              {mine ? 'Unassign' : 'Assign to me'}
            </button>
          ) : null}
          {resolved ? null : (
            <button
              type="button"
              class="button button--small"
              data-testid="resolve-button"
              aria-disabled={pending ? 'true' : undefined}
              aria-busy={pending === 'resolve' ? 'true' : undefined}
              onClick={() => {
                if (pending) return;
                focusStatusOnResolve.current = true;
                props.onResolve();
              }}
            >
              Resolve
            </button>
          )}
        </span>
      </div>
      {action?.failed ? (
        <p
          class="notice notice--error action-error"
          role="alert"
          data-testid="action-error"
          data-code={action.failed.error.code}
        >
          <strong>
            {ACTION_FAILED[action.failed.action]} ({action.failed.error.code}):
          </strong>{' '}
          {action.failed.error.message}
          {errorHint(action.failed.error.code) ? ` ${errorHint(action.failed.error.code)}` : ''}
        </p>
      ) : null}
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
              seen={m === seen}
            />
          ))}
          {reply.sending ? <PendingBubble reply={reply.sending} /> : null}
        </ol>
      </div>
      {/* Always present, so screen readers announce the text when it appears. */}
      <div class="typing-indicator" aria-live="polite">
        {props.buyerTyping ? <span data-testid="typing-indicator">Buyer is typing…</span> : null}
      </div>
      {props.suggest && lastBuyerSeq > 0 && !resolved ? (
        <Suggestions
          conversationId={conversation.id}
          buyerSeq={lastBuyerSeq}
          suggest={props.suggest}
          onUse={props.onDraft}
        />
      ) : null}
      <Composer
        reply={reply}
        agentLanguage={props.session?.language ?? null}
        onDraft={props.onDraft}
        onBlur={props.onStopTyping}
        onSend={props.onSend}
      />
    </div>
  );
}
