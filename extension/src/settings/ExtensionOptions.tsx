// The extension's own options, under the sign-in form in the side panel: the language buyer messages are
// translated into, how the agent presents (name, gender for Thai-style particles), which sites Parley may read,
// and the sites the agent taught.
import { LANGUAGE_NAMES, languageName } from '@parley/shared';
import { useEffect, useId, useState } from 'preact/hooks';
import { SITE_ADAPTERS } from '../sites/registry.ts';
import type { TeachOutcome } from '../teach/teach-request.ts';
import type { HostPermissions } from './host-permissions.ts';
import { sitePattern } from './host-permissions.ts';
import { type OverlaySettings, PERSONA_GENDERS, type PersonaGender } from './overlay-settings.ts';
import type { OverlaySettingsStore } from './overlay-settings-store.ts';
import { TaughtSites } from './TaughtSites.tsx';
import type { TaughtSitesStore } from './taught-sites.ts';

const GENDER_LABELS: Record<PersonaGender, string> = {
  neutral: 'Not specified',
  female: 'Female',
  male: 'Male',
};

/** Named sites only: the generic adapter's patterns are "every site", which Parley never asks for at once. */
const NAMED_SITES = SITE_ADAPTERS.filter((adapter) => adapter.id !== 'generic');

/** What the options read and change; the side panel passes the browser's, tests pass in-memory ones. */
export interface ExtensionOptionsPorts {
  store: OverlaySettingsStore;
  permissions: HostPermissions;
  /** Lessons kept per origin; without it the taught-sites list is not shown. */
  taughtSites?: TaughtSitesStore;
  /** Starts a lesson in the active tab; without it there is no button for that. */
  teachTab?: () => Promise<TeachOutcome>;
}

export function ExtensionOptions(props: ExtensionOptionsPorts) {
  const id = useId();
  const [settings, setSettings] = useState<OverlaySettings | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    props.store.load().then(setSettings, () => setSettings(null));
  }, [props.store]);

  if (!settings) return null;

  async function save(next: OverlaySettings) {
    setSettings(next);
    try {
      await props.store.save(next);
      setSaved('Saved. Pages you open from now on use it.');
    } catch (error) {
      setSaved(`Could not save: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return (
    <section class="settings extension-options" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="settings-title">
        You and your sites
      </h2>
      <div class="field">
        <label for={`${id}-language`}>Your language</label>
        <select
          id={`${id}-language`}
          value={settings.agentLanguage}
          onChange={(event) => void save({ ...settings, agentLanguage: event.currentTarget.value })}
        >
          {languageChoices(settings.agentLanguage).map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </select>
        <span class="field-help">Buyer messages on seller pages are translated into it.</span>
      </div>
      <div class="field">
        <label for={`${id}-name`}>Display name</label>
        <input
          id={`${id}-name`}
          type="text"
          maxLength={60}
          value={settings.displayName}
          onChange={(event) => void save({ ...settings, displayName: event.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for={`${id}-gender`}>Gender for polite forms</label>
        <select
          id={`${id}-gender`}
          value={settings.gender}
          onChange={(event) => void save({ ...settings, gender: event.currentTarget.value as PersonaGender })}
        >
          {PERSONA_GENDERS.map((gender) => (
            <option key={gender} value={gender}>
              {GENDER_LABELS[gender]}
            </option>
          ))}
        </select>
        <span class="field-help">
          Languages such as Thai end a polite sentence differently (ค่ะ / ครับ); suggested replies follow it.
          Not specified keeps what your team set on the relay.
        </span>
      </div>
      {saved ? (
        <p class="field-help" role="status">
          {saved}
        </p>
      ) : null}
      <SiteAccess permissions={props.permissions} />
      {props.taughtSites ? (
        <TaughtSites store={props.taughtSites} {...(props.teachTab ? { teachTab: props.teachTab } : {})} />
      ) : null}
    </section>
  );
}

function languageChoices(current: string): string[] {
  const codes = Object.keys(LANGUAGE_NAMES);
  return codes.includes(current) ? codes : [current, ...codes];
}

function SiteAccess(props: { permissions: HostPermissions }) {
  const id = useId();
  const [enabled, setEnabled] = useState<Record<string, boolean>>({});
  const [other, setOther] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all(
      NAMED_SITES.map(
        async (site) => [site.id, await props.permissions.contains([...site.matches])] as const,
      ),
    ).then(
      (entries) => live && setEnabled(Object.fromEntries(entries)),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [props.permissions]);

  // Called straight from the click handler, before any await, so Chrome sees the user gesture.
  function toggle(siteId: string, name: string, origins: string[]) {
    const turningOn = !enabled[siteId];
    const change = turningOn ? props.permissions.request(origins) : props.permissions.remove(origins);
    change.then(
      (granted) => {
        const on = turningOn ? granted : !granted;
        setEnabled((current) => ({ ...current, [siteId]: on }));
        setMessage(
          turningOn && !granted
            ? `Chrome did not grant access to ${name}.`
            : `${name} ${on ? 'enabled' : 'disabled'}.`,
        );
      },
      (error: unknown) =>
        setMessage(`Could not change ${name}: ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  const otherPattern = sitePattern(other);

  return (
    <fieldset class="site-access">
      <legend>Sites Parley may read</legend>
      <ul class="site-list">
        {NAMED_SITES.map((site) => (
          <li key={site.id}>
            <label>
              <input
                type="checkbox"
                checked={enabled[site.id] === true}
                onClick={(event) => {
                  event.preventDefault();
                  toggle(site.id, site.name, [...site.matches]);
                }}
              />{' '}
              {site.name}
            </label>
          </li>
        ))}
      </ul>
      <div class="field">
        <label for={`${id}-other`}>Another helpdesk</label>
        <input
          id={`${id}-other`}
          type="text"
          inputMode="url"
          placeholder="desk.example.com"
          value={other}
          onInput={(event) => setOther(event.currentTarget.value)}
        />
        <button
          type="button"
          class="button button--small"
          disabled={otherPattern === null}
          onClick={() =>
            otherPattern && toggle(`other:${otherPattern}`, otherPattern.slice(0, -2), [otherPattern])
          }
        >
          Enable site
        </button>
        <span class="field-help">
          Then open it and click “Teach this page” to show Parley where messages are.
        </span>
      </div>
      {message ? <p role="status">{message}</p> : null}
    </fieldset>
  );
}
