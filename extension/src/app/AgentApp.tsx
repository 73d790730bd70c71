// The agent app shell shared by the side panel and the web console: settings until signed in, then the inbox.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Dashboard } from '../dashboard/Dashboard.tsx';
import type { FetchLike } from '../dashboard/team-metrics.ts';
import type { AgentConnection } from '../inbox/connection.ts';
import { Inbox } from '../inbox/Inbox.tsx';
import { useSlaWarnings } from '../inbox/queue-sla.ts';
import { SocketAgentConnection } from '../inbox/socket-connection.ts';
import { suggestFrom } from '../relay-http/suggest.ts';
import { ExtensionOptions, type ExtensionOptionsPorts } from '../settings/ExtensionOptions.tsx';
import { personaOverride } from '../settings/overlay-settings.ts';
import { SettingsForm } from '../settings/SettingsForm.tsx';
import type { AgentSettings, SettingsStore } from '../settings/settings.ts';
import { PairExtension } from './PairExtension.tsx';
import './agent-app.css';

export type ConnectionFactory = (settings: AgentSettings) => AgentConnection;

const defaultFetch: FetchLike = (url, init) => globalThis.fetch(url, init);

const socketConnection: ConnectionFactory = (settings) => new SocketAgentConnection(settings);

export function AgentApp(props: {
  settingsStore: SettingsStore;
  defaultRelayUrl: string;
  createConnection?: ConnectionFactory;
  /** For the dashboard's requests; the page's own fetch unless a test supplies one. */
  fetch?: FetchLike;
  /** The side panel's own options (language, persona, site access, taught sites); the web console has none. */
  extensionOptions?: ExtensionOptionsPorts;
}) {
  const { settingsStore } = props;
  const createConnection = props.createConnection ?? socketConnection;
  /** undefined while storage is being read, so the form never flashes before a stored sign-in. */
  const [stored, setStored] = useState<Partial<AgentSettings> | undefined>(undefined);
  const [editing, setEditing] = useState(false);
  const [dashboard, setDashboard] = useState(false);

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

  const fetchFn = props.fetch ?? defaultFetch;
  const slaWarnings = useSlaWarnings(connection && relayUrl && token ? { relayUrl, token } : null, fetchFn);
  const overlayStore = props.extensionOptions?.store;
  const suggest = useMemo(() => {
    if (!relayUrl || !token) return undefined;
    // The persona chosen in the side panel's options applies to the inbox's suggestions too.
    const persona = overlayStore ? async () => personaOverride(await overlayStore.load()) : undefined;
    return suggestFrom({ relayUrl, token }, fetchFn, persona);
  }, [relayUrl, token, fetchFn, overlayStore]);

  if (stored === undefined) return <p class="app-loading">Loading…</p>;

  const form =
    !connection || editing ? (
      <SettingsForm
        initial={stored}
        defaultRelayUrl={props.defaultRelayUrl}
        fetch={fetchFn}
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
  const options = form && props.extensionOptions ? <ExtensionOptions {...props.extensionOptions} /> : null;
  // The web console (no extension options) is where a signed-in agent gets a code for the extension.
  const pairing =
    form && connection && !props.extensionOptions && relayUrl && token ? (
      <PairExtension relayUrl={relayUrl} token={token} fetch={fetchFn} />
    ) : null;

  return (
    <div class="app">
      {form}
      {pairing}
      {options}
      {connection ? (
        // Kept mounted while settings are open, so Cancel returns to the same live inbox and drafts.
        <div class="app-inbox" hidden={editing || dashboard}>
          <Inbox
            key={`${relayUrl}\n${token}`}
            connection={connection}
            active={!editing && !dashboard}
            onOpenSettings={() => setEditing(true)}
            onOpenDashboard={() => setDashboard(true)}
            slaWarnings={slaWarnings}
            {...(suggest ? { suggest } : {})}
          />
        </div>
      ) : null}
      {connection && dashboard && !editing && relayUrl && token ? (
        <Dashboard relayUrl={relayUrl} token={token} onClose={() => setDashboard(false)} fetch={fetchFn} />
      ) : null}
    </div>
  );
}
