import type { Agent, ConversationSummary, Message } from '@parley/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { expectOk, request, startRelay, type TestRelay, untyped } from '../test/relay-fixture.ts';
import { chooseAgent } from './routing.ts';

const agent = (id: string, language: string, languageSkills: string[] = [language]): Agent => ({
  id,
  siteId: 's',
  name: id,
  role: 'agent',
  language,
  languageSkills,
  persona: {},
  createdAt: '2026-01-01T00:00:00Z',
});

describe('choosing an agent', () => {
  const ana = agent('ana', 'en', ['en', 'es']);
  const somchai = agent('somchai', 'th');
  const linh = agent('linh', 'vi', ['vi', 'th']);

  it('prefers an online agent who reads the language, then the one with fewer open conversations', () => {
    const loads = [
      { agent: ana, online: true, open: 0 },
      { agent: somchai, online: true, open: 4 },
      { agent: linh, online: true, open: 1 },
    ];
    expect(chooseAgent('th', loads)?.id).toBe('linh');
    expect(chooseAgent('es', loads)?.id).toBe('ana');
  });

  it('gives the conversation to any online agent when nobody reads the language, and to nobody offline', () => {
    expect(
      chooseAgent('ko', [
        { agent: somchai, online: true, open: 2 },
        { agent: linh, online: true, open: 1 },
      ])?.id,
    ).toBe('linh');
    expect(chooseAgent('th', [{ agent: somchai, online: false, open: 0 }])).toBeNull();
  });
});

describe('routing in the relay', () => {
  let relay: TestRelay | undefined;
  afterEach(async () => {
    await relay?.stop();
  });

  it('hands a safety report the bot passed on to the online Thai-speaking agent, and queues by urgency', async () => {
    relay = await startRelay();
    const sites = (await (await relay.api('/api/v1/sites')).json()) as { data: { id: string }[] };
    const siteId = sites.data[0]!.id;
    await relay.api(`/api/v1/sites/${siteId}`, {
      method: 'PATCH',
      body: JSON.stringify({ autoReply: { mode: 'after_hours' } }),
    });
    const somchai = await relay.createAgent({ siteId, name: 'Somchai', language: 'th' });
    await relay.agent(); // the demo agent, English only, online too
    await relay.agent(somchai.token);

    const { socket: shopper } = await relay.visitor({ locale: 'en-US' });
    const waiting = expectOk(
      await request<Message>(untyped(shopper), 'message:send', {
        clientId: 'e1',
        text: 'where is my order?',
      }),
    );
    const { socket: thai } = await relay.visitor({ locale: 'th-TH' });
    const report = expectOk(
      await request<Message>(untyped(thai), 'message:send', {
        clientId: 't1',
        text: 'ใช้ครีมนี้แล้วแพ้ค่ะ หน้าแดงเป็นผื่นเลย',
      }),
    );
    // The bot hands off (the site is always open without business hours, so only the safety report is passed on).
    for (;;) {
      const summary = (await (await relay.api(`/api/v1/conversations/${report.conversationId}`)).json()) as {
        data: ConversationSummary;
      };
      if (summary.data.assigneeId) {
        expect(summary.data.assigneeId).toBe(somchai.agent.id);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // Nobody was assigned the shipping question: it waits in the queue.
    const queue = (await (await relay.api('/api/v1/queue')).json()) as {
      data: (ConversationSummary & { waitingSeconds: number; firstResponseOverdue: boolean })[];
    };
    expect(queue.data.map((c) => c.id)).toEqual([waiting.conversationId]);
    expect(queue.data[0]!.firstResponseOverdue).toBe(false);
  });

  it('orders the queue by urgency, then by waiting time, and leaves work queued when nobody is online', async () => {
    relay = await startRelay();
    const { socket: first } = await relay.visitor({ locale: 'en-US' });
    const older = expectOk(
      await request<Message>(untyped(first), 'message:send', { clientId: 'o1', text: 'where is my order?' }),
    );
    const { socket: second } = await relay.visitor({ locale: 'en-US' });
    const newer = expectOk(
      await request<Message>(untyped(second), 'message:send', {
        clientId: 'n1',
        text: 'do you ship to Japan?',
      }),
    );
    const { socket: third } = await relay.visitor({ locale: 'th-TH' });
    const urgent = expectOk(
      await request<Message>(untyped(third), 'message:send', {
        clientId: 'u1',
        text: 'ใช้ครีมนี้แล้วแพ้ค่ะ หน้าแดงเป็นผื่นเลย',
      }),
    );
    const queue = (await (await relay.api('/api/v1/queue')).json()) as { data: ConversationSummary[] };
    expect(queue.data.map((c) => c.id)).toEqual([
      urgent.conversationId,
      older.conversationId,
      newer.conversationId,
    ]);
    const routed = await relay.api(`/api/v1/conversations/${urgent.conversationId}/route`, {
      method: 'POST',
    });
    expect(((await routed.json()) as { data: ConversationSummary }).data.assigneeId).toBeNull();
  });
});
