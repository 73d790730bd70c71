// The sign-in form: relay URL and agent token, checked before anything is stored or any connection is tried.
import { useId, useRef, useState } from 'preact/hooks';
import type { FetchLike } from '../relay-http/authorised-get.ts';
import { exchangePairingCode, pairingCode } from './pairing.ts';
import { type AgentSettings, checkSettings, type SettingsErrors } from './settings.ts';
import './settings.css';

export function SettingsForm(props: {
  initial: Partial<AgentSettings>;
  defaultRelayUrl: string;
  onSave: (settings: AgentSettings) => Promise<void>;
  /** Present when an inbox is behind the form, so the agent can go back without changing anything. */
  onCancel?: (() => void) | undefined;
  onSignOut?: (() => Promise<void>) | undefined;
  /** For exchanging a pairing code; the page's own fetch unless a test supplies one. */
  fetch?: FetchLike;
}) {
  const id = useId();
  const [relayUrl, setRelayUrl] = useState(props.initial.relayUrl ?? props.defaultRelayUrl);
  const [token, setToken] = useState(props.initial.token ?? '');
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const urlInput = useRef<HTMLInputElement>(null);
  const tokenInput = useRef<HTMLInputElement>(null);

  async function submit() {
    // A code may be typed with spaces ("7kq4 m2xd"), which a token may not have.
    const check = checkSettings({ relayUrl, token: pairingCode(token) ?? token });
    if (!check.ok) {
      setErrors(check.errors);
      (check.errors.relayUrl ? urlInput : tokenInput).current?.focus();
      return;
    }
    setErrors({});
    setSaveError(null);
    setBusy(true);
    const code = pairingCode(check.settings.token);
    try {
      // A pairing code from the console is traded for a token of this device's own; only the token is stored.
      const settings = code
        ? {
            ...check.settings,
            token: await exchangePairingCode(
              props.fetch ?? globalThis.fetch.bind(globalThis),
              check.settings.relayUrl,
              code,
            ),
          }
        : check.settings;
      await props.onSave(settings);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (code) {
        setErrors({ token: `That pairing code did not work: ${reason} Get a new one in the web console.` });
        tokenInput.current?.focus();
      } else {
        setSaveError(`Could not save the settings: ${reason}`);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      class="settings"
      aria-labelledby={`${id}-title`}
      // POST and noValidate: the token never lands in a query string, and our own messages replace the browser's.
      method="post"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h1 id={`${id}-title`} class="settings-title">
        Connect to Parley
      </h1>
      <p class="settings-intro">The inbox connects to your Parley relay with an agent token.</p>
      <div class="field">
        <label for={`${id}-url`}>Relay URL</label>
        <input
          ref={urlInput}
          id={`${id}-url`}
          type="url"
          inputMode="url"
          autoComplete="url"
          spellcheck={false}
          value={relayUrl}
          aria-invalid={errors.relayUrl ? true : undefined}
          aria-describedby={`${id}-url-help${errors.relayUrl ? ` ${id}-url-error` : ''}`}
          onInput={(event) => setRelayUrl(event.currentTarget.value)}
        />
        <span class="field-help" id={`${id}-url-help`}>
          Where the relay runs, e.g. {props.defaultRelayUrl}
        </span>
        {errors.relayUrl ? (
          <span class="field-error" id={`${id}-url-error`} data-testid="settings-url-error">
            {errors.relayUrl}
          </span>
        ) : null}
      </div>
      <div class="field">
        <label for={`${id}-token`}>Agent token or pairing code</label>
        <input
          ref={tokenInput}
          id={`${id}-token`}
          type="password"
          autoComplete="off"
          spellcheck={false}
          value={token}
          aria-invalid={errors.token ? true : undefined}
          aria-describedby={`${id}-token-help${errors.token ? ` ${id}-token-error` : ''}`}
          onInput={(event) => setToken(event.currentTarget.value)}
        />
        <span class="field-help" id={`${id}-token-help`}>
          A pairing code (XXXX-XXXX) from the web console's <em>Pair the Chrome extension</em>, or a token
          from your admin. A new local relay prints a demo agent token when it first starts.
        </span>
        {errors.token ? (
          <span class="field-error" id={`${id}-token-error`} data-testid="settings-token-error">
            {errors.token}
          </span>
        ) : null}
      </div>
      {saveError ? (
        <p class="field-error" role="alert">
          {saveError}
        </p>
      ) : null}
      <div class="settings-actions">
        <button type="submit" class="button button--primary" disabled={busy}>
          Save
        </button>
        {props.onCancel ? (
          <button type="button" class="button" onClick={props.onCancel}>
            Cancel
          </button>
        ) : null}
        {props.onSignOut ? (
          <button
            type="button"
            class="button button--ghost settings-signout"
            onClick={() => {
              setToken('');
              void props.onSignOut?.();
            }}
          >
            Sign out
          </button>
        ) : null}
      </div>
    </form>
  );
}
