// Pairing the Chrome extension with a one-time code, on PGlite and on the machine's PostgreSQL: the whole flow,
// every way a code is refused, the guessing limit, and that neither the code nor the token reaches the logs.
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startRelay, type TestRelay } from '../../test/relay-fixture.ts';
import { normalisePairingCode } from '../auth/pairing-code.ts';

const adminUrl = new URL(process.env.PARLEY_TEST_POSTGRES_URL ?? 'postgres://127.0.0.1:5432/test');
if (!adminUrl.username) adminUrl.username = userInfo().username;
const database = `parley_test_pairing_${randomBytes(6).toString('hex')}`;
const databaseUrl = () => {
  const url = new URL(adminUrl.href);
  url.pathname = `/${database}`;
  return url.href;
};

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl.href });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

interface Paired {
  token: string;
  agent: { id: string; name: string; role: string; language: string; siteId: string };
}

const backends = [
  { name: 'PGlite', env: (): Record<string, string> => ({}) },
  { name: 'PostgreSQL', env: (): Record<string, string> => ({ DATABASE_URL: databaseUrl() }) },
];

describe.each(backends)('pairing the extension on $name', (backend) => {
  let relay: TestRelay;
  let logLines: string[];
  let siteId: string;
  let agentToken: string;
  let agentId: string;
  let ipCounter = 0;

  beforeAll(async () => {
    if (backend.name === 'PostgreSQL') await admin(`CREATE DATABASE ${database}`);
    logLines = [];
    relay = await startRelay({
      ...(backend.name === 'PostgreSQL' ? { storage: undefined } : {}),
      // Every level, the default (info) included: not even debug output may hold a code or a token.
      logger: pino({ level: 'trace' }, { write: (line: string) => void logLines.push(line) }),
      // Each test pairs from its own address (X-Forwarded-For), so the guessing limit is per test.
      env: { PARLEY_TRUST_PROXY: '1', ...backend.env() },
    });
    const site = await relay.createSite();
    siteId = site.id;
    const created = await relay.createAgent({ siteId, name: 'Somchai', language: 'th' });
    [agentToken, agentId] = [created.token, created.agent.id];
  });
  afterAll(async () => {
    await relay.stop();
    if (backend.name === 'PostgreSQL') await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const newIp = () => `203.0.113.${++ipCounter}`;
  const makeCode = (token: string | null = agentToken) =>
    relay.api('/api/v1/pairing-codes', { method: 'POST', token });
  const codeOf = async (token?: string) => {
    const res = await makeCode(token);
    expect(res.status).toBe(201);
    return ((await res.json()) as { data: { code: string; expiresAt: string } }).data;
  };
  const exchange = (code: string, ip: string, extra: Record<string, unknown> = {}) =>
    relay.api('/api/v1/pairing/exchange', {
      method: 'POST',
      token: null,
      headers: { 'X-Forwarded-For': ip },
      body: JSON.stringify({ code, ...extra }),
    });
  const errorCode = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

  it('pairs: the new token works over HTTP and on /agent, and the original token still works', async () => {
    const { code, expiresAt } = await codeOf();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const ttl = Date.parse(expiresAt) - Date.now();
    expect(ttl).toBeGreaterThan(9 * 60_000);
    expect(ttl).toBeLessThanOrEqual(10 * 60_000);

    // Typed the way people type: lower case, no dash, a space in the middle.
    const typed = `${code.slice(0, 4).toLowerCase()} ${code.slice(5).toLowerCase()}`;
    const res = await exchange(typed, newIp(), { label: 'Chrome on the shop laptop' });
    expect(res.status).toBe(201);
    const { data } = (await res.json()) as { data: Paired };
    expect(data.agent).toEqual({ id: agentId, name: 'Somchai', role: 'agent', language: 'th', siteId });
    expect(data.token).not.toBe(agentToken);

    expect((await relay.api('/api/v1/conversations', { token: data.token })).status).toBe(200);
    const { session } = await relay.agent(data.token);
    expect(session.agentId).toBe(agentId);
    expect((await relay.api('/api/v1/conversations', { token: agentToken })).status).toBe(200);
    expect((await relay.agent(agentToken)).session.agentId).toBe(agentId);

    const tokens = await relay.api('/api/v1/agents/me/tokens', { token: data.token });
    const listed = ((await tokens.json()) as { data: { label: string; lastUsedAt: string | null }[] }).data;
    expect(listed.map((t) => t.label)).toContain('Chrome on the shop laptop');
    const agents = await (await relay.api(`/api/v1/agents?siteId=${siteId}`)).text();
    expect(agents).toContain(agentId);
    expect(agents).not.toMatch(/token/i);
  });

  it('refuses a used code, a wrong code and an expired code alike, and a new code cancels the old one', async () => {
    const ip = newIp();
    const { code: used } = await codeOf();
    expect((await exchange(used, ip)).status).toBe(201);
    const again = await exchange(used, ip);
    expect(again.status).toBe(401);
    const usedBody = (await again.json()) as { error: { code: string; message: string } };

    const wrong = await exchange('ZZZZ-ZZZZ', ip);
    const wrongBody = (await wrong.json()) as { error: { code: string; message: string } };
    expect(wrongBody).toEqual(usedBody);
    expect(usedBody.error.code).toBe('unauthorized');
    const garbage = await exchange('not a code at all', ip);
    expect(await garbage.json()).toEqual(usedBody);

    const { code: cancelled } = await codeOf();
    const { code: current } = await codeOf();
    expect(await (await exchange(cancelled, ip)).json()).toEqual(usedBody);

    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 10 * 60_000 + 1000);
    const expired = await exchange(current, ip);
    expect(await expired.json()).toEqual(usedBody);

    const invalid = await exchange('', ip);
    expect(await errorCode(invalid)).toBe('validation_failed');
  });

  it('gives exactly one token when one code is exchanged twice at once', async () => {
    const { code } = await codeOf();
    const ip = newIp();
    const answers = await Promise.all([exchange(code, ip), exchange(code, ip), exchange(code, ip)]);
    expect(answers.map((res) => res.status).sort()).toEqual([201, 401, 401]);
  });

  it('pairs another site’s agent to that site only: nothing of this site leaks', async () => {
    const other = await relay.createSite();
    const stranger = await relay.createAgent({ siteId: other.id, name: 'Ana', language: 'es' });
    const { socket: shopper } = await relay.visitor({ siteKey: (await siteOf(siteId)).publicKey });
    shopper.emit('message:send', { clientId: 'c-1', text: 'สวัสดีค่ะ' }, () => {});
    await vi.waitFor(async () => {
      const list = await relay.api(`/api/v1/conversations?siteId=${siteId}`);
      expect(((await list.json()) as { data: unknown[] }).data.length).toBeGreaterThan(0);
    });

    const codeRes = await makeCode(stranger.token);
    const codeBody = (await codeRes.json()) as { data: Record<string, unknown> };
    expect(Object.keys(codeBody.data).sort()).toEqual(['code', 'expiresAt']);
    const paired = (
      (await (await exchange(codeBody.data.code as string, newIp())).json()) as {
        data: Paired;
      }
    ).data;
    expect(paired.agent.siteId).toBe(other.id);
    expect(paired.agent.id).toBe(stranger.agent.id);

    const seen = (await (await relay.api('/api/v1/conversations', { token: paired.token })).json()) as {
      data: unknown[];
    };
    expect(seen.data).toEqual([]);
    const agents = await relay.api(`/api/v1/agents?siteId=${siteId}`, { token: paired.token });
    expect(((await agents.json()) as { data: unknown[] }).data).toEqual([]);
    // The stranger's code did not touch this site's agent: their own pairing still works.
    const { code } = await codeOf();
    expect((await exchange(code, newIp())).status).toBe(201);
  });

  it('refuses the admin token on pairing-codes: the admin is not an agent', async () => {
    const res = await makeCode(relay.adminToken);
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe('forbidden');
    expect((await makeCode(null)).status).toBe(401);
  });

  it('limits guesses to 10 a minute per address; other addresses are unaffected', async () => {
    const guesser = newIp();
    for (let attempt = 0; attempt < 10; attempt++) {
      expect((await exchange(`AAAA-${String(attempt).padStart(4, '0')}`, guesser)).status).toBe(401);
    }
    const { code } = await codeOf();
    const limited = await exchange(code, guesser);
    expect(limited.status).toBe(429);
    expect(await errorCode(limited)).toBe('rate_limited');
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
    // The refused request did not spend the code.
    expect((await exchange(code, newIp())).status).toBe(201);
  });

  it('revokes a paired token, and deleting the agent deletes every token', async () => {
    const member = await relay.createAgent({ siteId, name: 'Nok' });
    const pair = async () => {
      const { code } = await codeOf(member.token);
      return ((await (await exchange(code, newIp())).json()) as { data: Paired }).data.token;
    };
    const first = await pair();
    const second = await pair();
    const list = await relay.api('/api/v1/agents/me/tokens', { token: member.token });
    const tokens = ((await list.json()) as { data: { id: string }[] }).data;
    expect(tokens).toHaveLength(2);
    expect(JSON.stringify(tokens)).not.toContain(first);

    const revoked = await relay.api(`/api/v1/agents/me/tokens/${tokens[0]!.id}`, {
      method: 'DELETE',
      token: member.token,
    });
    expect(revoked.status).toBe(204);
    expect((await relay.api('/api/v1/conversations', { token: first })).status).toBe(401);
    expect((await relay.api('/api/v1/conversations', { token: second })).status).toBe(200);
    // Another agent cannot revoke it: it is not theirs.
    const foreign = await relay.api(`/api/v1/agents/me/tokens/${tokens[1]!.id}`, {
      method: 'DELETE',
      token: agentToken,
    });
    expect(foreign.status).toBe(404);

    expect((await relay.api(`/api/v1/agents/${member.agent.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await relay.api('/api/v1/conversations', { token: second })).status).toBe(401);
    expect((await relay.api('/api/v1/conversations', { token: member.token })).status).toBe(401);
  });

  it('never logs a code or a token', async () => {
    const { code } = await codeOf();
    const res = await exchange(code, newIp());
    const { token } = ((await res.json()) as { data: Paired }).data;
    await exchange(code, newIp());
    await exchange(code.toLowerCase(), newIp(), { label: 7 });
    await relay.api('/api/v1/conversations', { token });
    const logs = logLines.join('\n');
    expect(logs).not.toContain(code);
    expect(logs).not.toContain(normalisePairingCode(code)!);
    expect(logs).not.toContain(token);
    expect(logs).not.toContain(agentToken);
  });

  async function siteOf(id: string): Promise<{ publicKey: string }> {
    return ((await (await relay.api(`/api/v1/sites/${id}`)).json()) as { data: { publicKey: string } }).data;
  }
});
