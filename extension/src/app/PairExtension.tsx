// In the web console: a one-time code for signing the Chrome extension in as the same agent (settings/pairing.ts).
import { useState } from 'preact/hooks';
import type { FetchLike } from '../relay-http/authorised-get.ts';
import { createPairingCode, type PairingCode } from '../settings/pairing.ts';

export function PairExtension(props: { relayUrl: string; token: string; fetch: FetchLike }) {
  const [pairing, setPairing] = useState<PairingCode>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const until = pairing
    ? new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(
        new Date(pairing.expiresAt),
      )
    : '';
  return (
    <section class="settings pairing" aria-labelledby="pairing-title">
      <h2 id="pairing-title" class="settings-title">
        Pair the Chrome extension
      </h2>
      <p class="settings-intro">
        Get a one-time code and type it into the extension's sign-in form, in place of a token. It signs the
        extension in as you.
      </p>
      {pairing ? (
        <p class="pairing-code" data-testid="pairing-code" aria-live="polite">
          <strong>{pairing.code}</strong> <span>valid until {until}, once</span>
        </p>
      ) : null}
      {error ? (
        <p class="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="settings-actions">
        <button
          type="button"
          class="button"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            setError(undefined);
            try {
              setPairing(await createPairingCode(props.fetch, props));
            } catch (failure) {
              setError(`No code: ${failure instanceof Error ? failure.message : String(failure)}`);
            } finally {
              setBusy(false);
            }
          }}
        >
          {pairing ? 'New code' : 'Get a pairing code'}
        </button>
      </div>
    </section>
  );
}
