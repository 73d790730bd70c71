// Crash test: a burst from 20 shoppers, the relay SIGKILLed mid-burst and restarted on the same data.
// Every acknowledged message must be stored exactly once, in order, and every client must resume.
import type { Message } from '@parley/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { type RelayProcess, spawnRelay } from './relay-process.ts';
import { ResilientVisitor } from './resilient-visitor.ts';

const VISITORS = 20;
const MESSAGES_EACH = 50; // 1,000 in all
const KILL_AFTER_ACKS = 300;

let relay: RelayProcess | undefined;
const visitors: ResilientVisitor[] = [];

afterAll(async () => {
  for (const visitor of visitors) visitor.close();
  await relay?.stop();
});

async function demoSiteKey(process: RelayProcess): Promise<string> {
  const response = await process.api('/api/v1/sites');
  const { data } = (await response.json()) as { data: { publicKey: string; demo?: boolean }[] };
  const site = data.find((s) => s.demo) ?? data[0];
  if (!site) throw new Error('no site');
  return site.publicKey;
}

async function storedMessages(process: RelayProcess, conversationId: string): Promise<Message[]> {
  const response = await process.api(`/api/v1/conversations/${conversationId}/messages?limit=1000`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: Message[] }).data;
}

function totalAcked(): number {
  return visitors.reduce((sum, v) => sum + v.acked.size, 0);
}

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('relay killed with SIGKILL mid-burst', () => {
  it('keeps every acknowledged message exactly once and in order, and clients resume', async () => {
    // The burst is far above a shopper's send limit; this test is about durability, not rate limits.
    relay = await spawnRelay({ env: { PARLEY_RATE_LIMITS: 'off' } });
    const siteKey = await demoSiteKey(relay);
    for (let i = 0; i < VISITORS; i++) {
      visitors.push(new ResilientVisitor({ url: relay.url, siteKey, locale: 'en-US', ackTimeoutMs: 3_000 }));
    }
    const sessions = await Promise.all(visitors.map((v) => v.ready()));
    const expected = visitors.map((visitor, i) =>
      Array.from({ length: MESSAGES_EACH }, (_, j) => {
        const text = `visitor ${i} message ${j}: where is my order #${1000 + j}?`;
        return { clientId: visitor.send(text), text };
      }),
    );

    await until(() => totalAcked() >= KILL_AFTER_ACKS, 60_000, `${KILL_AFTER_ACKS} acks`);
    await relay.kill();
    const ackedBeforeKill = new Map(visitors.flatMap((v) => [...v.acked.entries()]));
    expect(ackedBeforeKill.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(ackedBeforeKill.size).toBeLessThan(VISITORS * MESSAGES_EACH);

    relay = await spawnRelay({
      dataDir: relay.dataDir,
      port: relay.port,
      adminToken: relay.adminToken,
      env: { PARLEY_RATE_LIMITS: 'off' },
    });
    await Promise.all(visitors.map((v) => v.drain()));

    for (const [i, visitor] of visitors.entries()) {
      expect(visitor.refused).toEqual([]);
      expect(visitor.conflictingAcks).toEqual([]);
      // The same visitor and conversation continue after the restart.
      expect(visitor.session?.visitorId).toBe(sessions[i]!.visitorId);
      const conversationId = visitor.acked.values().next().value!.conversationId;
      const stored = await storedMessages(relay, conversationId);
      expect(stored.map((m) => m.text)).toEqual(expected[i]!.map((e) => e.text));
      expect(stored.map((m) => m.clientId)).toEqual(expected[i]!.map((e) => e.clientId));
      expect(stored.map((m) => m.seq)).toEqual(expected[i]!.map((_, j) => j + 1));
    }
    // Nothing acknowledged before the crash was lost or renumbered.
    for (const [clientId, message] of ackedBeforeKill) {
      const visitor = visitors.find((v) => v.acked.has(clientId))!;
      expect(visitor.acked.get(clientId)!.id).toBe(message.id);
    }
  }, 180_000);
});
