// The agent app shell shared by the side panel and the web console: settings until signed in, then the inbox.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AgentConnection } from '../inbox/connection.ts';
import { Inbox } from '../inbox/Inbox.tsx';
import { SocketAgentConnection } from '../inbox/socket-connection.ts';
import { SettingsForm } from '../settings/SettingsForm.tsx';
import type { AgentSettings, SettingsStore } from '../settings/settings.ts';
import './agent-app.css';

export type ConnectionFactory = (settings: AgentSettings) => AgentConnection;

const socketConnection: ConnectionFactory = (settings) => new SocketAgentConnection(settings);

export function AgentApp(props: {
  settingsStore: SettingsStore;
  defaultRelayUrl: string;
  createConnection?: ConnectionFactory;
}) {
  const { settingsStore } = props;
  const createConnection = props.createConnection ?? socketConnection;
  /** undefined while storage is being read, so the form never flashes before a stored sign-in. */
  const [stored, setStored] = useState<Partial<AgentSettings> | undefined>(undefined);
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    settingsStore.load().then(setStored, () => setStored({}));
  }, [settingsStore]);

  const relayUrl = stored?.relayUrl;
  const token = stored?.token;
  // Keyed on the two values, not the object: re-reading identical settings must not drop the live connection.
  const connection = useMemo(
    () => (relayUrl && token ? createConnection({ relayUrl, token }) : null),
    [relayUrl, token, createConnection],
  );

  if (stored === undefined) return <p class="app-loading">Loading…</p>;

  const form =
    !connection || editing ? (
      <SettingsForm
        initial={stored}
        defaultRelayUrl={props.defaultRelayUrl}
        onSave={async (settings) => {
          await settingsStore.save(settings);
          setStored(settings);
          setEditing(false);
        }}
        onCancel={connection ? () => setEditing(false) : undefined}
        onSignOut={
          connection
            ? async () => {
                await settingsStore.signOut();
                setStored(await settingsStore.load());
                setEditing(false);
              }
            : undefined
        }
      />
    ) : null;

  return (
    <div class="app">
      {form}
      {connection ? (
        // Kept mounted while settings are open, so Cancel returns to the same live inbox and drafts.
        <div class="app-inbox" hidden={editing}>
          <Inbox
            key={`${relayUrl}\n${token}`}
            connection={connection}
            active={!editing}
            onOpenSettings={() => setEditing(true)}
          />
        </div>
      ) : null}
    </div>
  );
}
