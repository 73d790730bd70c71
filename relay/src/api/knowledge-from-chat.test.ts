// The knowledge loop: an agent's good answer becomes a knowledge-base entry in one step.
import type { Message } from '@parley/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, request, startRelay, type TestRelay, untyped } from '../../test/relay-fixture.ts';

describe('POST /api/v1/conversations/:id/messages/:messageId/knowledge', () => {
  let relay: TestRelay;
  let question: Message;
  let answer: Message;

  beforeAll(async () => {
    relay = await startRelay();
    const { socket: agent } = await relay.agent();
    const { socket: shopper } = await relay.visitor({ locale: 'en-GB' });
    question = expectOk(
      await request<Message>(untyped(shopper), 'message:send', { clientId: 'q', text: 'Do you gift wrap?' }),
    );
    answer = expectOk(
      await request<Message>(untyped(agent), 'message:reply', {
        conversationId: question.conversationId,
        clientId: 'a',
        text: 'Yes, free gift wrapping: tick "gift" at checkout.',
      }),
    );
  });
  afterAll(() => relay.stop());

  const turn = (messageId: string, body: unknown, token = relay.demoAgentToken) =>
    relay.api(`/api/v1/conversations/${question.conversationId}/messages/${messageId}/knowledge`, {
      method: 'POST',
      body: JSON.stringify(body),
      token,
    });

  it('lets an agent turn an answer into an entry that search then finds', async () => {
    const res = await turn(answer.id, { title: 'Gift wrapping', topic: 'promotions' });
    expect(res.status).toBe(201);
    const { data } = (await res.json()) as {
      data: { id: string; answers: Record<string, string>; tags: string[] };
    };
    expect(data.answers.en).toBe(answer.text);
    expect(data.tags).toContain('from-chat');
    const sites = (await (await relay.api('/api/v1/sites')).json()) as { data: { id: string }[] };
    const search = await relay.api(
      `/api/v1/sites/${sites.data[0]!.id}/knowledge/search?q=gift%20wrap&language=en`,
    );
    const hits = ((await search.json()) as { data: { id: string }[] }).data;
    expect(hits[0]?.id).toBe(data.id);
  });

  it('refuses a shopper’s message, an unknown message and another site’s agent', async () => {
    const fromShopper = await turn(question.id, { title: 'x', topic: 'other' });
    expect(await fromShopper.json()).toMatchObject({ error: { code: 'validation_failed' } });
    expect((await turn('nope', { title: 'x', topic: 'other' })).status).toBe(404);
    const site = await relay.createSite({ name: 'Shop B' });
    const other = await relay.createAgent({ siteId: site.id, name: 'Bao' });
    expect((await turn(answer.id, { title: 'x', topic: 'other' }, other.token)).status).toBe(404);
    expect((await turn(answer.id, { title: '', topic: 'nonsense' })).status).toBe(400);
  });
});
