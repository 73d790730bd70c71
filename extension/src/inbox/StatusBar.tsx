// The connection line at the top: connected, reconnecting, or an error that says plainly what is wrong.
import type { AgentSession } from '@parley/shared';
import type { ConnectionStatus } from './connection.ts';
import { errorHint } from './inbox-error.ts';

export function StatusBar(props: {
  status: ConnectionStatus;
  session: AgentSession | null;
  onReconnect: () => void;
}) {
  const { status } = props;
  let text: string;
  switch (status.state) {
    case 'connecting':
      text = 'Connecting to the relay…';
      break;
    case 'connected':
      text = props.session ? `Connected as ${props.session.name}` : 'Connected';
      break;
    case 'reconnecting':
      text = status.error ? `Reconnecting… ${status.error.message}` : 'Reconnecting…';
      break;
    case 'error': {
      const hint = errorHint(status.error.code);
      text = `Not connected (${status.error.code}): ${status.error.message}${hint ? ` ${hint}` : ''}`;
      break;
    }
    case 'disconnected':
      text = 'Disconnected';
      break;
  }
  const stuck = status.state === 'error' || status.state === 'disconnected';
  return (
    <div
      class={`status status--${status.state}`}
      data-testid="connection-status"
      data-state={status.state}
      role={status.state === 'error' ? 'alert' : 'status'}
    >
      <span class="status-dot" aria-hidden="true" />
      <span class="status-text">{text}</span>
      {stuck ? (
        <button type="button" class="button button--small" onClick={props.onReconnect}>
          Reconnect
        </button>
      ) : null}
    </div>
  );
}
