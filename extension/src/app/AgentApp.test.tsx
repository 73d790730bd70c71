// Signing in and out of the agent app, with localStorage and an in-memory relay.
import { beforeEach, describe, expect, it } from 'vitest';
import { click, get, getButton, getByLabel, mount, textOf, typeInto, waitFor } from '../../test/dom.ts';
import { MemoryAgentConnection } from '../inbox/memory-connection.ts';
import { createLocalSettingsStore } from '../settings/local-storage.ts';
import type { AgentSettings } from '../settings/settings.ts';
import { SETTINGS_KEY } from '../settings/settings.ts';
import { AgentApp } from './AgentApp.tsx';

function app() {
  const connectedWith: AgentSettings[] = [];
  const createConnection = (settings: AgentSettings) => {
    connectedWith.push(settings);
    return new MemoryAgentConnection();
  };
  return {
    connectedWith,
    node: (
      <AgentApp
        settingsStore={createLocalSettingsStore(localStorage)}
        defaultRelayUrl="http://localhost:8787"
        createConnection={createConnection}
      />
    ),
  };
}

describe('AgentApp', () => {
  beforeEach(() => localStorage.clear());

  it('refuses a relay URL that is not http(s) and stores nothing', async () => {
    const { node, connectedWith } = app();
    const root = await mount(node);
    const url = await waitFor(() => getByLabel(root, 'Relay URL'));
    expect(url.value).toBe('http://localhost:8787');

    await typeInto(url, 'ftp://relay.example.com');
    await typeInto(getByLabel(root, 'Agent token'), 'secret');
    await click(getButton(root, 'Save'));

    expect(textOf(get(root, '[data-testid="settings-url-error"]'))).toBe(
      'The relay URL must start with http:// or https://.',
    );
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(localStorage.getItem(SETTINGS_KEY)).toBeNull();
    expect(connectedWith).toEqual([]);
  });

  it('keeps the token in a password field and connects once saved', async () => {
    const { node, connectedWith } = app();
    const root = await mount(node);
    const token = await waitFor(() => getByLabel(root, 'Agent token'));
    expect(token.type).toBe('password');

    await typeInto(token, 'demo-agent-token');
    await click(getButton(root, 'Save'));

    await waitFor(() =>
      expect(textOf(get(root, '[data-testid="connection-status"]'))).toContain('Connected as Demo agent'),
    );
    expect(connectedWith).toEqual([{ relayUrl: 'http://localhost:8787', token: 'demo-agent-token' }]);
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY)!)).toEqual({
      relayUrl: 'http://localhost:8787',
      token: 'demo-agent-token',
    });
  });

  it('opens straight into the inbox when signed in, and signs out back to the form', async () => {
    localStorage.setItem(
      SETTINGS_KEY,
      JSON.stringify({ relayUrl: 'https://relay.example.com', token: 't0k' }),
    );
    const { node } = app();
    const root = await mount(node);
    await waitFor(() =>
      expect(textOf(get(root, '[data-testid="connection-status"]'))).toContain('Connected'),
    );

    await click(getButton(root, 'Settings'));
    await click(getButton(root, 'Sign out'));

    await waitFor(() => expect(root.querySelector('[data-testid="connection-status"]')).toBeNull());
    expect(getByLabel(root, 'Agent token').value).toBe('');
    expect(getByLabel(root, 'Relay URL').value).toBe('https://relay.example.com');
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY)!)).toEqual({
      relayUrl: 'https://relay.example.com',
    });
  });
});
