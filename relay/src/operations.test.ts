// Operations: what an operator relies on — logs without message text, metrics, readiness vs liveness, shutdown.
import type { Ack, Message } from '@parley/shared';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, png, request, sleep, startRelay, type TestRelay } from '../test/relay-fixture.ts';
import { createLanguageEngine, type LanguageEngine } from './ai/index.ts';
import { REDACTED_PATHS } from './logger.ts';
import { openStorage } from './storage/index.ts';
import type { Storage } from './storage/types.ts';

/** The same storage with close() a no-op, so a test can read it after the relay has shut down. */
function keptOpen(storage: Storage): Storage {
  return new Proxy(storage, {
    get(target, property) {
      if (property === 'close') return async () => {};
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('logs, metrics and probes', () => {
  let relay: TestRelay;
  const lines: string[] = [];

  beforeAll(async () => {
    // The relay's own logger settings at the default level, writing into memory.
    const logger = pino(
      { level: 'info', redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
      { write: (line: string) => lines.push(line) },
    );
    relay = await startRelay({ logger });
  });
  afterAll(() => relay.stop());

  it('never logs what shoppers and agents write, or their contact details', async () => {
    const secret = 'My card ends 4242 and my email is somchai.private@example.th';
    const { socket, session } = await relay.visitor({ locale: 'th-TH' });
    const { socket: agent } = await relay.agent();
    const sent = expectOk(
      await request<Message>(socket, 'message:send', { clientId: 'log-1', text: secret }),
    );
    await request(socket, 'message:send', { clientId: 'log-2', text: `${secret} ${'x'.repeat(4000)}` });
    await request(socket, 'message:send', { clientId: 'bad id', text: secret });
    await request(agent, 'message:reply', {
      conversationId: sent.conversationId,
      clientId: 'log-3',
      text: `Reply to ${secret}`,
    });
    await relay.upload(`Visitor ${session.visitorToken}`, png(), { name: 'somchai.private@example.th.png' });
    await relay.api('/api/v1/assist/analyze', { method: 'POST', body: JSON.stringify({ text: secret }) });
    // An internal error with the text in its cause is logged, censored where it is a field.
    relay.logger.error({ payload: { text: secret }, text: secret }, 'handler failed');
    await sleep(50);
    const log = lines.join('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(log).not.toContain('4242');
    expect(log).not.toContain('somchai.private');
  });

  it('serves readiness separately from liveness', async () => {
    const ready = await fetch(`${relay.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { storage: 'ok' } });
    const live = await fetch(`${relay.url}/healthz`);
    expect(live.status).toBe(200);
  });

  it('exposes delivery and persistence latency, errors by code and connections by namespace', async () => {
    const { socket } = await relay.visitor();
    await relay.agent();
    expectOk(await request<Message>(socket, 'message:send', { clientId: 'm-1', text: 'Where is my order?' }));
    await request(socket, 'message:send', { clientId: 'm-2', text: '' });
    await relay.api('/api/v1/conversations/nope');
    await sleep(20);
    const text = await (await fetch(`${relay.url}/metrics`)).text();
    expect(text).toMatch(/parley_delivery_latency_seconds_count [1-9]/);
    expect(text).toMatch(/parley_persist_duration_seconds_count\{author="visitor"\} [1-9]/);
    expect(text).toMatch(/parley_errors_total\{code="message_empty",transport="socket"\} [1-9]/);
    expect(text).toMatch(/parley_errors_total\{code="not_found",transport="http"\} [1-9]/);
    expect(text).toMatch(/parley_connected_sockets\{namespace="visitor"\} [1-9]/);
    expect(text).toMatch(/parley_connected_sockets\{namespace="agent"\} [1-9]/);
    expect(text).toContain('parley_rate_limited_total');
  });
});

describe('graceful shutdown', () => {
  it('acks only what it stored: every send during shutdown is stored or refused with a code, never lost', async () => {
    const base = createLanguageEngine({});
    // Analysis that takes a moment keeps sends in flight while the shutdown begins.
    let analysing = 0;
    const slow: LanguageEngine = {
      name: 'slow-offline',
      analyze: async (input) => {
        analysing++;
        await sleep(200);
        return base.analyze(input);
      },
      translate: (input) => base.translate(input),
      warmUp: () => base.warmUp(),
    };
    // The relay closes its storage on shutdown; this view of the same database stays open to check it after.
    const storage = await openStorage({ kind: 'memory' });
    const relay = await startRelay({
      storage: keptOpen(storage),
      engine: slow,
      rateLimits: { visitorSend: null },
    });
    const { socket } = await relay.visitor();
    expectOk(await request<Message>(socket, 'message:send', { clientId: 'before', text: 'before shutdown' }));

    const outcomes: Promise<Ack<Message> | 'no ack'>[] = [];
    const send = (i: number) =>
      outcomes.push(
        request<Message>(socket, 'message:send', { clientId: `during-${i}`, text: `message ${i}` }).catch(
          () => 'no ack' as const,
        ),
      );
    analysing = 0;
    for (let i = 0; i < 5; i++) send(i);
    // All five have reached the relay and are being analysed: in flight, not yet stored.
    while (analysing < 5) await sleep(5);
    const closing = relay.close();
    // Readiness drops at once, while the process is still alive and finishing work.
    const readiness = await relay.app.request('/readyz');
    expect(readiness.status).toBe(503);
    expect((await relay.app.request('/healthz')).status).toBe(200);
    for (let i = 5; i < 8; i++) send(i);
    await closing;

    const results = await Promise.all(outcomes);
    const acked = results.filter((r): r is Ack<Message> & { ok: true } => r !== 'no ack' && r.ok);
    const refused = results.filter((r) => r !== 'no ack' && !r.ok) as (Ack<Message> & { ok: false })[];
    // The five in flight finished and were acked; the later three were refused with a code.
    expect(acked.map((a) => a.data.clientId).sort()).toEqual([
      'during-0',
      'during-1',
      'during-2',
      'during-3',
      'during-4',
    ]);
    expect(refused.map((r) => r.error.code)).toEqual(['unavailable', 'unavailable', 'unavailable']);

    // Every acknowledged message is stored.
    try {
      const stored = await storage.listMessages(acked[0]!.data.conversationId);
      expect(stored.map((m) => m.clientId)).toEqual(
        expect.arrayContaining(acked.map((a) => a.data.clientId)),
      );
      expect(stored.map((m) => m.clientId)).not.toContain('during-5');
    } finally {
      await storage.close();
      await relay.stop();
    }
  });
});
