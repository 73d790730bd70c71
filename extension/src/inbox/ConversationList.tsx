// The live list of conversations: who wrote, in which language, about what, and how urgent.
import type { AuthorKind, ConversationSummary } from '@parley/shared';
import { IntentChip, LanguageBadge, UrgencyMarker } from './analysis-badges.tsx';
import { type SlaWarnings, slaText } from './queue-sla.ts';
import { formatFullTime, formatTime } from './time-format.ts';

const PREVIEW_PREFIX: Record<AuthorKind, string> = { visitor: '', agent: 'You: ', bot: 'Bot: ', system: '' };

export function buyerLabel(conversation: ConversationSummary): string {
  // Visitors are anonymous; a short stable suffix lets agents tell two buyers apart in speech ("the …3f2a one").
  return `Buyer ${conversation.visitorId.slice(-4)}`;
}

export function ConversationList(props: {
  conversations: readonly ConversationSummary[];
  selectedId: string | null;
  /** The signed-in agent, to mark conversations assigned to them; null for the admin token. */
  myAgentId: string | null;
  isUnread: (conversation: ConversationSummary) => boolean;
  isTyping: (conversation: ConversationSummary) => boolean;
  onSelect: (conversationId: string) => void;
  /** Conversations past the first-response SLA, from the relay's queue. */
  slaWarnings?: SlaWarnings;
}) {
  return (
    <ul class="conversation-list" aria-label="Conversations">
      {props.conversations.map((c) => {
        const unread = props.isUnread(c);
        const safety = c.intent === 'product_safety';
        const mine = props.myAgentId !== null && c.assigneeId === props.myAgentId;
        const resolved = c.status === 'resolved';
        const typing = props.isTyping(c);
        const sla = resolved ? undefined : props.slaWarnings?.[c.id];
        return (
          <li key={c.id}>
            <button
              type="button"
              class={`conversation${safety ? ' conversation--safety' : ''}${unread ? ' conversation--unread' : ''}${resolved ? ' conversation--resolved' : ''}`}
              aria-current={props.selectedId === c.id ? 'true' : undefined}
              data-testid="conversation-row"
              data-conversation-id={c.id}
              data-urgency={c.urgency ?? undefined}
              data-status={c.status}
              data-unread={unread ? 'true' : undefined}
              onClick={() => props.onSelect(c.id)}
            >
              <span class="conversation-top">
                <LanguageBadge code={c.language} />
                <span class="conversation-title">{buyerLabel(c)}</span>
                <span class="conversation-site">{c.siteName}</span>
                {c.lastMessage ? (
                  <time
                    class="conversation-time"
                    dateTime={c.lastMessage.createdAt}
                    title={formatFullTime(c.lastMessage.createdAt)}
                  >
                    {formatTime(c.lastMessage.createdAt)}
                  </time>
                ) : null}
                {typing ? (
                  <span class="row-typing" data-testid="row-typing">
                    <span aria-hidden="true">typing…</span>
                    <span class="sr-only">Buyer is typing</span>
                  </span>
                ) : null}
                {unread ? (
                  <span class="unread-dot" data-testid="unread-dot">
                    <span class="sr-only">Unread</span>
                  </span>
                ) : null}
              </span>
              {c.intent || c.urgency === 'high' || mine || resolved || sla ? (
                <span class="conversation-tags">
                  <UrgencyMarker intent={c.intent} urgency={c.urgency} compact />
                  {safety ? null : <IntentChip intent={c.intent} />}
                  {mine ? (
                    <span class="chip chip--mine" data-testid="assigned-to-me">
                      Assigned to you
                    </span>
                  ) : null}
                  {sla ? (
                    <span class="chip chip--sla" data-testid="row-sla">
                      {slaText(sla)}
                    </span>
                  ) : null}
                  {resolved ? (
                    <span class="chip chip--resolved" data-testid="row-resolved">
                      Resolved
                    </span>
                  ) : null}
                </span>
              ) : null}
              <span class="conversation-preview">
                {c.lastMessage
                  ? PREVIEW_PREFIX[c.lastMessage.author] + c.lastMessage.text
                  : 'No messages yet'}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
