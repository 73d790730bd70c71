// Two relays sharing PostgreSQL and Redis in one test process: the fan-out crosses relays through Redis Streams,
// and relays starting together on an empty database create exactly one demo.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { Message, SiteAvailability } from '@parley/shared';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collect,
  expectOk,
  nextEvent,
  nextRow,
  request,
  sleep,
  startRelay,
  type TestRelay,
} from '../../test/relay-fixture.ts';
import { DEMO_AGENT_TOKEN_FILE } from '../demo/seed.ts';

const adminUrl = new URL(process.env.PARLEY_TEST_POSTGRES_URL ?? 'postgres://127.0.0.1:5432/test');
if (!adminUrl.username) adminUrl.username = userInfo().username;
const REDIS_URL = process.env.PARLEY_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const database = `parley_test_${randomBytes(6).toString('hex')}_fanout`;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl.href });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('relays sharing PostgreSQL and Redis', () => {
  let a: TestRelay;
  let b: TestRelay;

  beforeAll(async () => {
    await admin(`CREATE DATABASE ${database}`);
    const url = new URL(adminUrl.href);
    url.pathname = `/${database}`;
    const env = {
      DATABASE_URL: url.href,
      REDIS_URL,
      // A stream of its own, so parallel runs on one Redis never see each other's traffic.
      PARLEY_REDIS_STREAM: `parley-test-${randomBytes(6).toString('hex')}`,
      PARLEY_ADMIN_TOKEN: `adm_${randomBytes(12).toString('hex')}`,
    };
    // Started together on an empty database: the seeding lock lets exactly one create the demo.
    [a, b] = await Promise.all([
      startRelay({ storage: undefined, env }),
      startRelay({ storage: undefined, env }),
    ]);
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });

  it('creates one demo, and only its creator writes the demo agent token', async () => {
    const [creator, other] = a.demo?.created ? [a, b] : [b, a];
    expect(creator.demo?.created).toBe(true);
    expect(other.demo).toBeNull();
    expect((await creator.storage.listSites()).length).toBe(1);
    await expect(readFile(join(other.dataDir, DEMO_AGENT_TOKEN_FILE), 'utf8')).rejects.toThrow(/ENOENT/);
    // The other process still finds the demo site, marked, through the API with the shared admin token.
    const sites = await other.api('/api/v1/sites');
    const [site] = ((await sites.json()) as { data: { publicKey: string; demo: boolean }[] }).data;
    expect(site).toMatchObject({ publicKey: creator.siteKey, demo: true });
    const ready = await fetch(`${other.url}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { storage: 'ok', redis: 'ok' } });
  });

  it('delivers a shopper’s message on one relay to an agent on the other, and the reply back', async () => {
    const [creator, other] = a.demo?.created ? [a, b] : [b, a];
    const { socket: visitor } = await creator.visitor({ siteKey: creator.siteKey, locale: 'th-TH' });
    const { socket: agent } = await other.agent(other.adminToken);
    const arriving = nextEvent<Message>(agent, 'message', (m) => m.clientId === 'x-1');
    const summary = nextRow(agent);
    const sent = expectOk(
      await request<Message>(visitor, 'message:send', { clientId: 'x-1', text: 'ของถึงไหนแล้วคะ' }),
    );
    expect((await arriving).analysis?.language).toBe('th');
    expect((await summary).id).toBe(sent.conversationId);

    const typing = nextEvent<{ typing: boolean }>(visitor, 'typing');
    agent.emit('typing', { conversationId: sent.conversationId, typing: true });
    expect(await typing).toEqual({ typing: true });

    const reply = nextEvent<Message>(visitor, 'message', (m) => m.author === 'agent');
    expectOk(
      await request<Message>(agent, 'message:reply', {
        conversationId: sent.conversationId,
        clientId: 'x-r1',
        text: 'It left Bangkok today.',
      }),
    );
    expect((await reply).text).toBe('It left Bangkok today.');
  });

  it('tells shoppers on both relays, once each, when the site’s only agent connects to one of them and leaves', async () => {
    const [creator, other] = a.demo?.created ? [a, b] : [b, a];
    const { socket: here } = await creator.visitor({ siteKey: creator.siteKey });
    const { socket: there, session } = await other.visitor({ siteKey: creator.siteKey });
    expect(session.availability.agentsOnline).toBe(false);
    const heardHere = collect<SiteAvailability>(here, 'availability');
    const heardThere = collect<SiteAvailability>(there, 'availability');

    const arrivedHere = nextEvent<SiteAvailability>(here, 'availability');
    const arrivedThere = nextEvent<SiteAvailability>(there, 'availability');
    const { socket: agent } = await other.agent(creator.demoAgentToken);
    expect(await arrivedHere).toMatchObject({ agentsOnline: true });
    expect(await arrivedThere).toMatchObject({ agentsOnline: true });
    // A shopper arriving on the relay without the agent sees the team as in.
    expect((await creator.visitor({ siteKey: creator.siteKey })).session.availability.agentsOnline).toBe(
      true,
    );

    const leftHere = nextEvent<SiteAvailability>(here, 'availability', (state) => !state.agentsOnline);
    const leftThere = nextEvent<SiteAvailability>(there, 'availability', (state) => !state.agentsOnline);
    agent.disconnect();
    await Promise.all([leftHere, leftThere]);
    await sleep(200);
    expect(heardHere.map((state) => state.agentsOnline)).toEqual([true, false]);
    expect(heardThere.map((state) => state.agentsOnline)).toEqual([true, false]);
  });
});
