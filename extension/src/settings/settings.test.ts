// The settings rules and both storage ports, with real (in-memory) storage rather than mocks.

import { describe, expect, it } from 'vitest';
import { createBrowserSettingsStore } from './browser-storage.ts';
import { createLocalSettingsStore } from './local-storage.ts';
import { personaOverride } from './overlay-settings.ts';
import { checkSettings, SETTINGS_KEY } from './settings.ts';

describe('checkSettings', () => {
  it('accepts an http(s) relay and a token, normalising the URL', () => {
    expect(checkSettings({ relayUrl: ' http://localhost:8787/ ', token: ' abc ' })).toEqual({
      ok: true,
      settings: { relayUrl: 'http://localhost:8787', token: 'abc' },
    });
    expect(checkSettings({ relayUrl: 'https://relay.example.com/parley/', token: 't' })).toMatchObject({
      settings: { relayUrl: 'https://relay.example.com/parley' },
    });
  });

  it('refuses other schemes, credentials in the URL and an empty token', () => {
    expect(checkSettings({ relayUrl: 'ftp://relay.example.com', token: 't' })).toMatchObject({
      ok: false,
      errors: { relayUrl: 'The relay URL must start with http:// or https://.' },
    });
    expect(checkSettings({ relayUrl: 'javascript:alert(1)', token: 't' }).ok).toBe(false);
    expect(checkSettings({ relayUrl: 'http://localhost:8787/?token=secret', token: 't' }).ok).toBe(false);
    expect(checkSettings({ relayUrl: 'http://agent:secret@localhost:8787', token: 't' }).ok).toBe(false);
    expect(checkSettings({ relayUrl: 'localhost:8787', token: 't' }).ok).toBe(false);
    expect(checkSettings({ relayUrl: 'http://localhost:8787', token: '  ' })).toMatchObject({
      ok: false,
      errors: { token: 'Enter the agent token.' },
    });
  });
});

/** An in-memory stand-in for `browser.storage.local`, with the same get/set contract. */
function memoryStorageArea() {
  const data: Record<string, unknown> = {};
  return {
    data,
    area: {
      async get(key: string) {
        return key in data ? { [key]: structuredClone(data[key]) } : {};
      },
      async set(items: Record<string, unknown>) {
        Object.assign(data, structuredClone(items));
      },
    },
  };
}

describe.each([
  [
    'browser.storage.local',
    () => {
      const { area, data } = memoryStorageArea();
      // Only get/set are used; the cast keeps the test free of the polyfill, which needs a real extension.
      const store = createBrowserSettingsStore(
        area as unknown as Parameters<typeof createBrowserSettingsStore>[0],
      );
      return { store, raw: () => data[SETTINGS_KEY] };
    },
  ],
  [
    'localStorage',
    () => {
      localStorage.clear();
      const store = createLocalSettingsStore(localStorage);
      return { store, raw: () => JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? 'null') };
    },
  ],
])('settings stored in %s', (_name, make) => {
  it('round-trips, and sign-out forgets only the token', async () => {
    const { store, raw } = make();
    expect(await store.load()).toEqual({});
    await store.save({ relayUrl: 'http://localhost:8787', token: 'secret' });
    expect(await store.load()).toEqual({ relayUrl: 'http://localhost:8787', token: 'secret' });
    expect(raw()).toEqual({ relayUrl: 'http://localhost:8787', token: 'secret' });

    await store.signOut();
    expect(await store.load()).toEqual({ relayUrl: 'http://localhost:8787' });
  });
});

describe('personaOverride', () => {
  it('sends only what the agent set, so "Not specified" keeps the persona stored on the relay', () => {
    expect(personaOverride({ agentLanguage: 'en', displayName: '', gender: 'neutral' })).toBeUndefined();
    expect(personaOverride({ agentLanguage: 'th', displayName: '', gender: 'female' })).toEqual({
      gender: 'female',
    });
    expect(personaOverride({ agentLanguage: 'th', displayName: 'Krit', gender: 'neutral' })).toEqual({
      displayName: 'Krit',
    });
  });
});
