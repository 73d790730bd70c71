// The agent inbox, wherever it runs: a live conversation list and the selected conversation, over one AgentConnection.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ConversationList } from './ConversationList.tsx';
import { ConversationView } from './ConversationView.tsx';
import type { AgentConnection } from './connection.ts';
import { EMPTY_REPLY, type InboxState, InboxStore, isUnread, sortConversations } from './inbox-store.ts';
import { StatusBar } from './StatusBar.tsx';
import './inbox.css';

function useInboxState(store: InboxStore): InboxState {
  const [state, setState] = useState(store.state);
  useEffect(() => {
    setState(store.state);
    return store.subscribe(setState);
  }, [store]);
  return state;
}

export function Inbox(props: {
  connection: AgentConnection;
  /** Shown as a header button, e.g. to change the relay or token. */
  onOpenSettings?: () => void;
}) {
  const store = useMemo(() => new InboxStore(props.connection), [props.connection]);
  useEffect(() => store.start(), [store]);
  const state = useInboxState(store);
  const conversations = useMemo(
    () => sortConversations(Object.values(state.conversations)),
    [state.conversations],
  );
  const selected = state.selectedId ? state.conversations[state.selectedId] : undefined;
  const unreadElsewhere = conversations.filter((c) => c.id !== state.selectedId && isUnread(state, c)).length;

  return (
    // data-view drives the narrow layout: one pane at a time, list or detail.
    <div class="inbox" data-view={selected ? 'detail' : 'list'}>
      <header class="inbox-header">
        <h1 class="inbox-title">Parley</h1>
        <StatusBar status={state.status} session={state.session} onReconnect={() => store.reconnect()} />
        {props.onOpenSettings ? (
          <button type="button" class="button button--ghost button--small" onClick={props.onOpenSettings}>
            Settings
          </button>
        ) : null}
      </header>
      <div class="inbox-body">
        <section class="pane pane--list" aria-label="Conversation list">
          {state.listError ? (
            <p class="notice notice--error" role="alert">
              Could not load conversations ({state.listError.code}): {state.listError.message}
            </p>
          ) : null}
          {state.listed && conversations.length === 0 ? (
            <p class="notice">No conversations yet. New chats appear here as soon as a buyer writes.</p>
          ) : null}
          <ConversationList
            conversations={conversations}
            selectedId={state.selectedId}
            isUnread={(c) => isUnread(state, c)}
            onSelect={(id) => store.select(id)}
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
              unreadElsewhere={unreadElsewhere}
              onBack={() => store.select(null)}
              onRetryLoad={() => store.reloadMessages(selected.id)}
              onDraft={(draft) => store.setDraft(selected.id, draft)}
              onSend={() => void store.send(selected.id)}
            />
          ) : (
            <p class="notice notice--center">Select a conversation to read and reply.</p>
          )}
        </section>
      </div>
    </div>
  );
}
