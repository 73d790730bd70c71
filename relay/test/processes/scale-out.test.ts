// Two relay processes on the machine's PostgreSQL and Redis behind one balancer: messages cross processes,
// and when one process is SIGKILLed its shoppers reconnect through the other without losing a message.
import { randomUUID } from 'node:crypto';
import {
  AGENT_NAMESPACE,
  type AgentClientToServerEvents,
  type AgentServerToClientEvents,
  type Message,
  type SiteAvailability,
  VISITOR_NAMESPACE,
  type VisitorClientToServerEvents,
  type VisitorServerToClientEvents,
  type VisitorSession,
} from '@parley/shared';
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RelayProcess, spawnRelay } from './relay-process.ts';
import { ResilientVisitor } from './resilient-visitor.ts';
import { startTcpBalancer, type TcpBalancer } from './tcp-balancer.ts';

const ADMIN_URL = process.env.PARLEY_TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.PARLEY_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const database = `parley_scale_${process.pid}_${Date.now()}`;

let relayA: RelayProcess;
let relayB: RelayProcess;
let balancer: TcpBalancer;
let visitor: ResilientVisitor;
let agent: Socket<AgentServerToClientEvents, AgentClientToServerEvents>;
const agentInbox = new Map<string, Message>();

async function admin<T>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  await admin(`CREATE DATABASE ${database}`);
  const env = {
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${database}`,
    REDIS_URL,
    // A stream of its own, so parallel runs on one Redis never see each other's traffic.
    PARLEY_REDIS_STREAM: `parley-test-${randomUUID()}`,
  };
  const adminToken = `adm_scale_${randomUUID()}`;
  relayA = await spawnRelay({ adminToken, env });
  relayB = await spawnRelay({ adminToken, env });
  balancer = await startTcpBalancer([relayA.port, relayB.port]);
}, 120_000);

afterAll(async () => {
  visitor?.close();
  agent?.close();
  await balancer?.close();
  await relayA?.stop();
  await relayB?.stop();
  await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
}, 60_000);

type VisitorSocket = Socket<VisitorServerToClientEvents, VisitorClientToServerEvents>;

/** The next `availability` a shopper's socket hears, within 10 s. */
function nextAvailability(socket: VisitorSocket): Promise<SiteAvailability> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no availability event within 10 s')), 10_000);
    socket.once('availability', (availability) => {
      clearTimeout(timer);
      resolve(availability);
    });
  });
}

describe('two relay processes sharing PostgreSQL and Redis', () => {
  it('tells shoppers on both processes when the site’s only agent connects to one of them, and when it leaves', async () => {
    const sites = (await (await relayA.api('/api/v1/sites')).json()) as { data: { publicKey: string }[] };
    const siteKey = sites.data[0]!.publicKey;
    const shoppers = await Promise.all(
      [relayA.url, relayB.url].map(async (url) => {
        const socket: VisitorSocket = io(`${url}${VISITOR_NAMESPACE}`, {
          auth: { siteKey },
          transports: ['websocket'],
        });
        const session = await new Promise<VisitorSession>((resolve) => socket.once('session', resolve));
        expect(session.availability.agentsOnline).toBe(false);
        return socket;
      }),
    );
    try {
      // The demo agent: its token is in the data dir of whichever process created the demo.
      const token = await relayA.demoAgentToken().catch(() => relayB.demoAgentToken());
      const arrived = shoppers.map(nextAvailability);
      const staff = io(`${relayB.url}${AGENT_NAMESPACE}`, { auth: { token }, transports: ['websocket'] });
      for (const state of await Promise.all(arrived)) expect(state.agentsOnline).toBe(true);
      const left = shoppers.map(nextAvailability);
      staff.close();
      for (const state of await Promise.all(left)) expect(state.agentsOnline).toBe(false);
    } finally {
      for (const socket of shoppers) socket.close();
    }
  }, 60_000);

  it('carries messages both ways across processes and survives SIGKILL of one', async () => {
    // Both processes serve the same site from the same database.
    const sites = (await (await relayB.api('/api/v1/sites')).json()) as { data: { publicKey: string }[] };
    expect(sites.data).toHaveLength(1);
    const siteKey = sites.data[0]!.publicKey;

    // The shopper lands on A through the balancer; the agent is connected to B directly.
    visitor = new ResilientVisitor({ url: balancer.url, siteKey, locale: 'th-TH', ackTimeoutMs: 2_000 });
    await visitor.ready();
    agent = io(`${relayB.url}${AGENT_NAMESPACE}`, {
      auth: { token: relayA.adminToken },
      transports: ['websocket'],
    });
    agent.on('message', (message) => agentInbox.set(message.id, message));
    await new Promise<void>((resolve) => agent.once('session', () => resolve()));

    const first = visitor.send('ของถึงไหนแล้วคะ สั่งไปอาทิตย์นึงแล้ว');
    await visitor.drain();
    const firstStored = visitor.acked.get(first)!;
    await until(() => agentInbox.has(firstStored.id), 10_000, 'the agent on B to get the message sent to A');
    expect(agentInbox.get(firstStored.id)?.analysis?.language).toBe('th');

    const reply = await agent.emitWithAck('message:reply', {
      conversationId: firstStored.conversationId,
      clientId: randomUUID(),
      text: 'Your parcel left Seoul yesterday; tracking: KR123456789.',
    });
    expect(reply.ok).toBe(true);
    await until(
      () => [...visitor.received.values()].some((m) => m.author === 'agent'),
      10_000,
      'the visitor on A to get the reply sent through B',
    );

    // A dies without any shutdown; the shopper keeps typing while disconnected.
    await relayA.kill();
    const pendingTexts = ['ยังไม่ได้รับของเลยค่ะ', 'ช่วยเช็คให้หน่อยได้ไหมคะ', 'ขอบคุณค่ะ'];
    const pendingIds = pendingTexts.map((text) => visitor.send(text));
    await visitor.drain(); // reconnects through the balancer, now to B, and sends the pending messages

    const conversation = await relayB.api(`/api/v1/conversations/${firstStored.conversationId}/messages`);
    const stored = ((await conversation.json()) as { data: Message[] }).data;
    const visitorMessages = stored.filter((m) => m.author === 'visitor');
    expect(visitorMessages.map((m) => m.clientId)).toEqual([first, ...pendingIds]);
    expect(stored.map((m) => m.seq)).toEqual(stored.map((_, i) => i + 1));
    expect(visitor.conflictingAcks).toEqual([]);
    for (const id of pendingIds) expect(visitor.acked.get(id)).toBeDefined();

    // The agent on B saw every one of them live.
    await until(
      () => pendingIds.every((id) => [...agentInbox.values()].some((m) => m.clientId === id)),
      10_000,
      'the agent to receive the messages sent after the failover',
    );
  }, 120_000);
});
