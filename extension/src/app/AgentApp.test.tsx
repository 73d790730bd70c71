// Signing in and out of the agent app, with localStorage and an in-memory relay.
import { beforeEach, describe, expect, it } from 'vitest';
import { click, get, getButton, getByLabel, mount, textOf, typeInto, waitFor } from '../../test/dom.ts';
import { MemoryAgentConnection } from '../inbox/memory-connection.ts';
import { createLocalSettingsStore } from '../settings/local-storage.ts';
import { OVERLAY_SETTINGS_KEY } from '../settings/overlay-settings.ts';
import { createOverlaySettingsStore } from '../settings/overlay-settings-store.ts';
import type { AgentSettings } from '../settings/settings.ts';
import { SETTINGS_KEY } from '../settings/settings.ts';
import { memoryStorageArea } from '../settings/storage-area.ts';
import { AgentApp } from './AgentApp.tsx';

/** No relay in these tests: every HTTP request is refused, as an unreachable relay would. */
const offline = async () =>
  Response.json({ error: { code: 'unavailable', message: 'No relay.' } }, { status: 503 });

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
        fetch={offline}
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
    await typeInto(getByLabel(root, 'Agent token or pairing code'), 'secret');
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
    const token = await waitFor(() => getByLabel(root, 'Agent token or pairing code'));
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

  it('signs in with a pairing code from the console: the code is traded for a token, and only the token is kept', async () => {
    const requests: { url: string; init: RequestInit }[] = [];
    const relay = async (url: string, init: RequestInit) => {
      requests.push({ url, init });
      return Response.json({ data: { token: 'paired-token', agent: { id: 'a1' } } }, { status: 201 });
    };
    const connectedWith: AgentSettings[] = [];
    const root = await mount(
      <AgentApp
        settingsStore={createLocalSettingsStore(localStorage)}
        defaultRelayUrl="http://localhost:8787"
        createConnection={(settings) => {
          connectedWith.push(settings);
          return new MemoryAgentConnection();
        }}
        fetch={relay}
      />,
    );
    await typeInto(await waitFor(() => getByLabel(root, 'Agent token or pairing code')), ' 7kq4 m2xd ');
    await click(getButton(root, 'Save'));

    await waitFor(() =>
      expect(connectedWith).toEqual([{ relayUrl: 'http://localhost:8787', token: 'paired-token' }]),
    );
    // The exchange comes first and once; the inbox's own requests (its queue) follow with the new token.
    expect(requests[0]?.url).toBe('http://localhost:8787/api/v1/pairing/exchange');
    expect(requests.filter((request) => request.url.endsWith('/pairing/exchange'))).toHaveLength(1);
    expect(JSON.parse(String(requests[0]?.init.body))).toEqual({
      code: '7KQ4-M2XD',
      label: 'Chrome extension',
    });
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY)!)).toEqual({
      relayUrl: 'http://localhost:8787',
      token: 'paired-token',
    });
  });

  it('says when a pairing code did not work, and stores nothing', async () => {
    const refused = async () =>
      Response.json(
        { error: { code: 'unauthorized', message: 'This pairing code is not valid.' } },
        { status: 401 },
      );
    const root = await mount(
      <AgentApp
        settingsStore={createLocalSettingsStore(localStorage)}
        defaultRelayUrl="http://localhost:8787"
        createConnection={() => new MemoryAgentConnection()}
        fetch={refused}
      />,
    );
    await typeInto(await waitFor(() => getByLabel(root, 'Agent token or pairing code')), '7KQ4-M2XD');
    await click(getButton(root, 'Save'));
    await waitFor(() =>
      expect(textOf(get(root, '[data-testid="settings-token-error"]'))).toContain(
        'That pairing code did not work: This pairing code is not valid.',
      ),
    );
    expect(localStorage.getItem(SETTINGS_KEY)).toBeNull();
  });

  it('gives a signed-in console agent a one-time code for the extension', async () => {
    localStorage.setItem(
      SETTINGS_KEY,
      JSON.stringify({ relayUrl: 'https://relay.example.com', token: 't0k' }),
    );
    const requests: { url: string; init: RequestInit }[] = [];
    const relay = async (url: string, init: RequestInit) => {
      requests.push({ url, init });
      if (url.endsWith('/api/v1/pairing-codes')) {
        return Response.json(
          { data: { code: '7KQ4-M2XD', expiresAt: '2030-01-01T10:10:00.000Z' } },
          { status: 201 },
        );
      }
      return offline();
    };
    const root = await mount(
      <AgentApp
        settingsStore={createLocalSettingsStore(localStorage)}
        defaultRelayUrl="http://localhost:8787"
        createConnection={() => new MemoryAgentConnection()}
        fetch={relay}
      />,
    );
    await waitFor(() =>
      expect(textOf(get(root, '[data-testid="connection-status"]'))).toContain('Connected'),
    );
    await click(getButton(root, 'Settings'));
    await click(getButton(root, 'Get a pairing code'));
    await waitFor(() => expect(textOf(get(root, '[data-testid="pairing-code"]'))).toContain('7KQ4-M2XD'));
    const pairingRequest = requests.find((request) => request.url.endsWith('/api/v1/pairing-codes'));
    expect(pairingRequest?.init.method).toBe('POST');
    expect(new Headers(pairingRequest?.init.headers).get('authorization')).toBe('Bearer t0k');
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
    expect(getByLabel(root, 'Agent token or pairing code').value).toBe('');
    expect(getByLabel(root, 'Relay URL').value).toBe('https://relay.example.com');
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY)!)).toEqual({
      relayUrl: 'https://relay.example.com',
    });
  });

  it('opens the team dashboard from the inbox with the signed-in token, and goes back', async () => {
    localStorage.setItem(
      SETTINGS_KEY,
      JSON.stringify({ relayUrl: 'https://relay.example.com', token: 't0k' }),
    );
    const asked: { url: string; authorization: string | null }[] = [];
    const fetch = async (url: string, init: RequestInit) => {
      asked.push({ url, authorization: new Headers(init.headers).get('authorization') });
      return Response.json({ error: { code: 'internal', message: 'Not in this test.' } }, { status: 500 });
    };
    const root = await mount(
      <AgentApp
        settingsStore={createLocalSettingsStore(localStorage)}
        defaultRelayUrl="http://localhost:8787"
        createConnection={() => new MemoryAgentConnection()}
        fetch={fetch}
      />,
    );
    await click(await waitFor(() => getButton(root, 'Dashboard')));
    await waitFor(() => expect(asked.filter((a) => a.url.includes('/metrics/team'))).toHaveLength(1));
    expect(asked.find((a) => a.url.includes('/metrics/team'))!.url).toMatch(
      /^https:\/\/relay\.example\.com\/api\/v1\/metrics\/team\?since=/,
    );
    expect(asked.every((a) => a.authorization === 'Bearer t0k')).toBe(true);
    expect((root.querySelector('.app-inbox') as HTMLElement).hidden).toBe(true);

    await click(getButton(root, 'Back to inbox'));
    expect(root.querySelector('[data-testid="dashboard"]')).toBeNull();
    expect((root.querySelector('.app-inbox') as HTMLElement).hidden).toBe(false);
  });

  it('marks a conversation past the first-response SLA in the list, as the relay’s queue says', async () => {
    localStorage.setItem(
      SETTINGS_KEY,
      JSON.stringify({ relayUrl: 'https://relay.example.com', token: 't0k' }),
    );
    const relay = new MemoryAgentConnection();
    relay.receiveVisitorMessage({ conversationId: 'late', text: 'Hello? Anyone there?' });
    relay.receiveVisitorMessage({ conversationId: 'fresh', text: 'Hi' });
    const fetch = async (url: string) =>
      url.endsWith('/api/v1/queue')
        ? Response.json({
            data: [
              { id: 'late', waitingSeconds: 400, firstResponseOverdue: true },
              { id: 'fresh', waitingSeconds: 20, firstResponseOverdue: false },
            ],
          })
        : offline();
    const root = await mount(
      <AgentApp
        settingsStore={createLocalSettingsStore(localStorage)}
        defaultRelayUrl="http://localhost:8787"
        createConnection={() => relay}
        fetch={fetch}
      />,
    );
    const row = (id: string) => get(root, `[data-conversation-id="${id}"]`);
    await waitFor(() =>
      expect(textOf(row('late').querySelector('[data-testid="row-sla"]')!)).toBe('No reply for 6 min'),
    );
    expect(row('fresh').querySelector('[data-testid="row-sla"]')).toBeNull();
  });

  it('asks for the inbox’s suggested replies in the persona chosen in the side panel’s options', async () => {
    localStorage.setItem(
      SETTINGS_KEY,
      JSON.stringify({ relayUrl: 'https://relay.example.com', token: 't0k' }),
    );
    const relay = new MemoryAgentConnection();
    relay.receiveVisitorMessage({ conversationId: 'c1', text: 'ใช้ครีมนี้แล้วแพ้ค่ะ' });
    const overlay = memoryStorageArea({
      [OVERLAY_SETTINGS_KEY]: { agentLanguage: 'en', displayName: 'Krit', gender: 'male' },
    });
    const bodies: unknown[] = [];
    const fetch = async (url: string, init: RequestInit) => {
      if (!url.endsWith('/api/v1/assist/suggest')) return offline();
      bodies.push(JSON.parse(String(init.body)));
      return Response.json({
        data: { suggestions: [], intent: 'product_safety', language: 'th', degraded: false },
      });
    };
    const root = await mount(
      <AgentApp
        settingsStore={createLocalSettingsStore(localStorage)}
        defaultRelayUrl="http://localhost:8787"
        createConnection={() => relay}
        fetch={fetch}
        extensionOptions={{
          store: createOverlaySettingsStore(overlay),
          permissions: { contains: async () => false, request: async () => false, remove: async () => true },
        }}
      />,
    );
    await click(await waitFor(() => get(root, '[data-conversation-id="c1"]')));
    await waitFor(() =>
      expect(bodies).toEqual([{ conversationId: 'c1', persona: { displayName: 'Krit', gender: 'male' } }]),
    );
  });
});
