import type { ConversationSummary, Message } from '@parley/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, nextEvent, png, request, startRelay, type TestRelay } from '../../test/relay-fixture.ts';

const THAI_ALLERGY = 'ใช้ครีมนี้แล้วแพ้ค่ะ ผื่นขึ้น ทำยังไงดีคะ';

describe('/api/v1 conversations, messages, export and erasure', () => {
  let relay: TestRelay;

  beforeAll(async () => {
    relay = await startRelay();
  });
  afterAll(() => relay.stop());

  const json = async <T>(res: Response): Promise<T> => ((await res.json()) as { data: T }).data;

  async function shopper(text: string, locale = 'en-US') {
    const visitor = await relay.visitor({ locale });
    const message = expectOk(
      await request<Message>(visitor.socket, 'message:send', { clientId: 'first', text }),
    );
    return { visitor, message, conversationId: message.conversationId };
  }

  it('filters the inbox and pages through it with a cursor', async () => {
    const thai = await shopper(THAI_ALLERGY, 'th-TH');
    const vi = await shopper('Đơn hàng của tôi ở đâu?', 'vi-VN');
    await shopper('Where is my parcel?');

    const list = async (query: string) => {
      const res = await relay.api(`/api/v1/conversations?${query}`, { token: relay.demoAgentToken });
      expect(res.status).toBe(200);
      return (await res.json()) as { data: ConversationSummary[]; nextCursor: string | null };
    };
    expect((await list('intent=product_safety')).data.map((c) => c.id)).toEqual([thai.conversationId]);
    expect((await list('urgency=high')).data.map((c) => c.id)).toEqual([thai.conversationId]);
    expect((await list('language=vi')).data.map((c) => c.id)).toEqual([vi.conversationId]);
    expect((await list('assignee=none&status=open')).data.length).toBeGreaterThanOrEqual(3);
    expect(
      (await list(`since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).data,
    ).toEqual([]);

    const all = (await list('limit=200')).data.map((c) => c.id);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(`limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      paged.push(...page.data.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all);
    expect(paged[0]).toBe(thai.conversationId);

    for (const bad of ['limit=0', 'limit=abc', 'intent=shipping', 'since=yesterday', 'cursor=nope']) {
      const res = await relay.api(`/api/v1/conversations?${bad}`);
      expect(res.status, bad).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: 'validation_failed' } });
    }
  });

  it('assigns, resolves and reopens over HTTP, telling agents on sockets', async () => {
    const { conversationId } = await shopper('Can I change the colour?');
    const { socket: agent } = await relay.agent();
    const demoAgentId = relay.demo!.agent.id;
    const updated = nextEvent<ConversationSummary>(
      agent,
      'conversation:updated',
      (s) => s.id === conversationId,
    );
    const assign = await relay.api(`/api/v1/conversations/${conversationId}/assign`, {
      method: 'POST',
      body: JSON.stringify({ agentId: demoAgentId }),
    });
    expect(await json<ConversationSummary>(assign)).toMatchObject({ assigneeId: demoAgentId });
    expect((await updated).assigneeId).toBe(demoAgentId);
    const mine = await relay.api('/api/v1/conversations?assignee=me', { token: relay.demoAgentToken });
    expect((await json<ConversationSummary[]>(mine)).map((c) => c.id)).toEqual([conversationId]);

    const resolved = await relay.api(`/api/v1/conversations/${conversationId}/resolve`, { method: 'POST' });
    expect(await json<ConversationSummary>(resolved)).toMatchObject({ status: 'resolved' });
    const reopened = await relay.api(`/api/v1/conversations/${conversationId}/reopen`, { method: 'POST' });
    expect(await json<ConversationSummary>(reopened)).toMatchObject({ status: 'open', resolvedAt: null });
    const one = await relay.api(`/api/v1/conversations/${conversationId}`, { token: relay.demoAgentToken });
    expect(await json<ConversationSummary>(one)).toMatchObject({
      id: conversationId,
      assigneeId: demoAgentId,
    });
  });

  it('takes an agent reply over HTTP through the same path as the socket, deduplicated by clientId', async () => {
    const { visitor, conversationId } = await shopper('Do you ship to Chiang Mai?');
    const delivered = nextEvent<Message>(visitor.socket, 'message', (m) => m.author === 'agent');
    const send = () =>
      relay.api(`/api/v1/conversations/${conversationId}/messages`, {
        method: 'POST',
        token: relay.demoAgentToken,
        body: JSON.stringify({ clientId: 'http-reply-1', text: 'Yes, in 2–3 days.' }),
      });
    const first = await send();
    expect(first.status).toBe(201);
    const stored = await json<Message>(first);
    expect(stored).toMatchObject({ author: 'agent', authorId: relay.demo!.agent.id, seq: 2 });
    expect((await delivered).id).toBe(stored.id);
    const again = await send();
    expect(again.status).toBe(200);
    expect((await json<Message>(again)).id).toBe(stored.id);

    const page = await relay.api(`/api/v1/conversations/${conversationId}/messages?afterSeq=0&limit=1`);
    expect((await json<Message[]>(page)).map((m) => m.seq)).toEqual([1]);
    const summary = await relay.api(`/api/v1/conversations/${conversationId}`);
    expect((await json<ConversationSummary>(summary)).firstResponseAt).toBe(stored.createdAt);
  });

  it('exports a conversation as JSON and as CSV a spreadsheet cannot be tricked by', async () => {
    const { conversationId } = await shopper('=HYPERLINK("http://evil.example","refund here")');
    const jsonRes = await relay.api(`/api/v1/conversations/${conversationId}/export`, {
      token: relay.demoAgentToken,
    });
    expect(jsonRes.headers.get('content-disposition')).toBe(
      `attachment; filename="conversation-${conversationId}.json"`,
    );
    const exported = (await jsonRes.json()) as { conversation: ConversationSummary; messages: Message[] };
    expect(exported.conversation.id).toBe(conversationId);
    expect(exported.messages[0]?.text).toBe('=HYPERLINK("http://evil.example","refund here")');

    const csv = await relay.api(`/api/v1/conversations/${conversationId}/export?format=csv`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('seq,created_at,author,author_id,language,intent,urgency,text,attachments');
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""refund here"")"`);
    expect((await relay.api(`/api/v1/conversations/${conversationId}/export?format=xml`)).status).toBe(400);
  });

  it('erases a visitor under GDPR: data gone, tabs disconnected, token dead', async () => {
    const { visitor, conversationId } = await shopper('My email is mai@example.th, phone 081-234-5678');
    const upload = await relay.upload(`Visitor ${visitor.session.visitorToken}`, png());
    const { id: photo } = await json<{ id: string }>(upload);
    const kicked = new Promise<string>((resolve) => visitor.socket.once('disconnect', resolve));

    // Only an admin (or a site admin) may erase; a plain agent of the site may not.
    const asAgent = await relay.api(`/api/v1/visitors/${visitor.session.visitorId}`, {
      method: 'DELETE',
      token: relay.demoAgentToken,
    });
    expect(asAgent.status).toBe(403);
    const res = await relay.api(`/api/v1/visitors/${visitor.session.visitorId}`, { method: 'DELETE' });
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({
      visitorId: visitor.session.visitorId,
      conversations: 1,
      messages: 1,
      attachments: 1,
      events: 1,
    });
    expect(await kicked).toBe('io server disconnect');
    expect((await relay.api(`/api/v1/conversations/${conversationId}`)).status).toBe(404);
    expect((await relay.api(`/api/v1/attachments/${photo}`)).status).toBe(404);
    const upload2 = await relay.upload(`Visitor ${visitor.session.visitorToken}`, png());
    expect(upload2.status).toBe(401);
    // The widget reconnecting with the old token gets a brand-new visitor, not the erased one.
    const back = await relay.visitor({ visitorToken: visitor.session.visitorToken });
    expect(back.session.visitorId).not.toBe(visitor.session.visitorId);
    expect(back.session.conversationId).toBeNull();
    expect(
      (await relay.api(`/api/v1/visitors/${visitor.session.visitorId}`, { method: 'DELETE' })).status,
    ).toBe(404);
  });
});
