// The agent inbox, wherever it runs: a live conversation list and the selected conversation, over one AgentConnection.
import type { ConversationSummary } from '@parley/shared';
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { ConversationList } from './ConversationList.tsx';
import { ConversationView } from './ConversationView.tsx';
import type { AgentConnection } from './connection.ts';
import {
  EMPTY_REPLY,
  type InboxState,
  InboxStore,
  type InboxTiming,
  isUnread,
  sortConversations,
} from './inbox-store.ts';
import type { SlaWarnings } from './queue-sla.ts';
import { StatusBar } from './StatusBar.tsx';
import type { SuggestFn } from './Suggestions.tsx';
import './inbox.css';

function useInboxState(store: InboxStore): InboxState {
  const [state, setState] = useState(store.state);
  useEffect(() => {
    setState(store.state);
    return store.subscribe(setState);
  }, [store]);
  return state;
}

export type ListFilter = 'open' | 'resolved' | 'all';

const FILTERS: readonly { value: ListFilter; label: string; empty: string }[] = [
  { value: 'open', label: 'Open', empty: 'No open conversations.' },
  { value: 'resolved', label: 'Resolved', empty: 'No resolved conversations.' },
  { value: 'all', label: 'All', empty: 'No conversations.' },
];

function matches(filter: ListFilter, conversation: ConversationSummary): boolean {
  return filter === 'all' || conversation.status === filter;
}

export function Inbox(props: {
  connection: AgentConnection;
  /** Shown as a header button, e.g. to change the relay or token. */
  onOpenSettings?: () => void;
  /** Conversations past the first-response SLA, marked in the list. */
  slaWarnings?: SlaWarnings;
  /** Suggested replies for the open conversation, from the relay's assist API. */
  suggest?: SuggestFn;
  /** Shown as a header button that opens the team dashboard. */
  onOpenDashboard?: () => void;
  /** False while something covers the inbox (e.g. settings), so nothing is marked read behind the agent's back. */
  active?: boolean;
  /** Typing timeouts; tests shorten them. Read once, when the connection is first used. */
  timing?: Partial<InboxTiming>;
}) {
  // Timing is read once per connection, by design: a new object each render must not rebuild the store.
  const store = useMemo(
    () => new InboxStore(props.connection, props.timing ? { timing: props.timing } : {}),
    [props.connection],
  );
  useEffect(() => store.start(), [store]);
  const active = props.active !== false;
  useEffect(() => {
    const update = () => store.setVisible(active && document.visibilityState === 'visible');
    update();
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, [store, active]);
  const state = useInboxState(store);
  const [filter, setFilter] = useState<ListFilter>('open');
  const filterId = useId();
  const conversations = useMemo(
    () => sortConversations(Object.values(state.conversations)),
    [state.conversations],
  );
  const shown = conversations.filter((c) => matches(filter, c));
  const selected = state.selectedId ? state.conversations[state.selectedId] : undefined;
  const unreadElsewhere = conversations.filter((c) => c.id !== state.selectedId && isUnread(state, c)).length;
  const myAgentId = state.session?.agentId ?? null;

  return (
    // data-view drives the narrow layout: one pane at a time, list or detail.
    <div class="inbox" data-view={selected ? 'detail' : 'list'}>
      <header class="inbox-header">
        <h1 class="inbox-title">Parley</h1>
        <StatusBar status={state.status} session={state.session} onReconnect={() => store.reconnect()} />
        {props.onOpenDashboard ? (
          <button type="button" class="button button--ghost button--small" onClick={props.onOpenDashboard}>
            Dashboard
          </button>
        ) : null}
        {props.onOpenSettings ? (
          <button type="button" class="button button--ghost button--small" onClick={props.onOpenSettings}>
            Settings
          </button>
        ) : null}
      </header>
      <div class="inbox-body">
        <section class="pane pane--list" aria-label="Conversation list">
          <fieldset class="list-filter" data-testid="list-filter">
            <legend class="sr-only">Show conversations</legend>
            {FILTERS.map((f) => (
              <span class="list-filter-option" key={f.value}>
                <input
                  type="radio"
                  id={`${filterId}-${f.value}`}
                  name={`${filterId}-filter`}
                  value={f.value}
                  checked={filter === f.value}
                  onChange={() => setFilter(f.value)}
                />
                <label for={`${filterId}-${f.value}`}>{f.label}</label>
              </span>
            ))}
          </fieldset>
          {state.listError ? (
            <p class="notice notice--error" role="alert">
              Could not load conversations ({state.listError.code}): {state.listError.message}
            </p>
          ) : null}
          {state.listed && conversations.length === 0 ? (
            <p class="notice">No conversations yet. New chats appear here as soon as a buyer writes.</p>
          ) : state.listed && shown.length === 0 ? (
            <p class="notice">{FILTERS.find((f) => f.value === filter)!.empty}</p>
          ) : null}
          <ConversationList
            conversations={shown}
            selectedId={state.selectedId}
            myAgentId={myAgentId}
            isUnread={(c) => isUnread(state, c)}
            isTyping={(c) => state.buyerTyping[c.id] === true}
            onSelect={(id) => store.select(id)}
            {...(props.slaWarnings ? { slaWarnings: props.slaWarnings } : {})}
          />
        </section>
        <section class="pane pane--detail" aria-label="Selected conversation">
          {selected ? (
            <ConversationView
              key={selected.id}
              conversation={selected}
              messages={state.messages[selected.id] ?? []}
              load={state.messageLoads[selected.id]}
              reply={state.replies[selected.id] ?? EMPTY_REPLY}
              session={state.session}
              buyerTyping={state.buyerTyping[selected.id] === true}
              action={state.actions[selected.id]}
              unreadElsewhere={unreadElsewhere}
              onBack={() => store.select(null)}
              onRetryLoad={() => store.reloadMessages(selected.id)}
              onDraft={(draft) => store.setDraft(selected.id, draft)}
              onStopTyping={() => store.stopTyping(selected.id)}
              onSend={() => void store.send(selected.id)}
              onAssignToMe={() => void store.assignToMe(selected.id)}
              onUnassign={() => void store.unassign(selected.id)}
              onResolve={() => void store.resolve(selected.id)}
              {...(props.suggest ? { suggest: props.suggest } : {})}
            />
          ) : (
            <p class="notice notice--center">Select a conversation to read and reply.</p>
          )}
        </section>
      </div>
    </div>
  );
}
