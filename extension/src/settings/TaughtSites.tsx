// The sites the agent taught, in the side panel's options: teach the page in the active tab, review what each
// lesson reads (origin, selectors, when), and forget one. Selectors are page-derived text, shown as text only.
import { useEffect, useId, useState } from 'preact/hooks';
import { piercesShadow } from '../sites/page-reader.ts';
import type { TeachOutcome } from '../teach/teach-request.ts';
import type { TaughtSite, TaughtSitesStore } from './taught-sites.ts';

const TEACH_NOTES: Record<TeachOutcome, string> = {
  started: 'In the page, click one message the buyer wrote, then the box where you type your reply.',
  not_running:
    'Parley is not running in this tab. Enable its site under “Sites Parley may read”, reload the tab, and try again.',
  no_tab: 'Open the helpdesk page in this window first.',
};

/** Longer selectors are cut in the list; the full one is in the tooltip. */
const SHOWN_SELECTOR_LENGTH = 80;

export function TaughtSites(props: { store: TaughtSitesStore; teachTab?: () => Promise<TeachOutcome> }) {
  const id = useId();
  const [sites, setSites] = useState<TaughtSite[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const { store } = props;

  useEffect(() => {
    let live = true;
    const reload = () =>
      store.list().then(
        (list) => live && setSites(list),
        () => live && setSites([]),
      );
    void reload();
    const stop = store.watch(() => void reload());
    return () => {
      live = false;
      stop();
    };
  }, [store]);

  async function forget(origin: string) {
    try {
      await store.forget(origin);
      setSites((current) => current?.filter((site) => site.origin !== origin) ?? null);
      setMessage(`Forgot ${origin}. Parley stops reading it there from the next page load.`);
    } catch (error) {
      setMessage(`Could not forget ${origin}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async function teach(teachTab: () => Promise<TeachOutcome>) {
    try {
      setMessage(TEACH_NOTES[await teachTab()]);
    } catch (error) {
      setMessage(`Could not start: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const teachTab = props.teachTab;
  return (
    <fieldset class="taught-sites" aria-describedby={`${id}-help`}>
      <legend>Taught sites</legend>
      <p id={`${id}-help`} class="field-help">
        Helpdesks Parley has no built-in support for, taught by clicking one buyer message and the reply box.
      </p>
      {teachTab ? (
        <button type="button" class="button button--small" onClick={() => void teach(teachTab)}>
          Teach the page in this tab
        </button>
      ) : null}
      {sites === null ? null : sites.length === 0 ? (
        <p class="field-help">No site taught yet.</p>
      ) : (
        <ul class="taught-list" aria-label="Taught sites">
          {sites.map((site) => (
            <li key={site.origin} data-origin={site.origin}>
              <strong class="taught-origin">{site.origin}</strong>
              <span class="field-help">{taughtWhen(site.taughtAt)}</span>
              <dl class="taught-selectors">
                <dt>Buyer messages</dt>
                <dd>
                  <SelectorText selector={site.selectors.buyerMessage} />
                </dd>
                <dt>Reply box</dt>
                <dd>
                  <SelectorText selector={site.selectors.composer} />
                </dd>
              </dl>
              <button
                type="button"
                class="button button--small"
                aria-label={`Forget ${site.origin}`}
                onClick={() => void forget(site.origin)}
              >
                Forget
              </button>
            </li>
          ))}
        </ul>
      )}
      {message ? <p role="status">{message}</p> : null}
    </fieldset>
  );
}

function SelectorText(props: { selector: string }) {
  const { selector } = props;
  const shown =
    selector.length > SHOWN_SELECTOR_LENGTH ? `${selector.slice(0, SHOWN_SELECTOR_LENGTH)}…` : selector;
  return (
    <>
      <code title={selector}>{shown}</code>
      {piercesShadow(selector) ? ' (inside web components)' : null}
    </>
  );
}

function taughtWhen(iso: string): string {
  const date = new Date(iso);
  if (iso === '' || Number.isNaN(date.getTime())) return 'Taught at an unknown time';
  return `Taught ${new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(date)}`;
}
