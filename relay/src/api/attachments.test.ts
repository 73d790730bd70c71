import { MAX_ATTACHMENT_BYTES, type Message } from '@parley/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, PNG_BYTES, png, request, startRelay, type TestRelay } from '../../test/relay-fixture.ts';

describe('/api/v1/attachments', () => {
  let relay: TestRelay;

  beforeAll(async () => {
    relay = await startRelay();
  });
  afterAll(() => relay.stop());

  const idOf = async (res: Response) => ((await res.json()) as { data: { id: string } }).data.id;

  it('stores a shopper’s photo and serves it only as a download that cannot run script', async () => {
    const { session, socket } = await relay.visitor();
    const uploaded = await relay.upload(`Visitor ${session.visitorToken}`, png(), { name: 'receipt.png' });
    expect(uploaded.status).toBe(201);
    const ref = ((await uploaded.json()) as { data: { id: string; url: string; size: number; type: string } })
      .data;
    expect(ref).toMatchObject({
      type: 'image/png',
      size: PNG_BYTES.byteLength,
      url: `/api/v1/attachments/${ref.id}`,
    });

    // Before it is sent, only the uploader sees it: not even the site's agents.
    expect((await relay.api(ref.url, { token: relay.demoAgentToken })).status).toBe(404);
    const own = await fetch(`${relay.url}${ref.url}`, {
      headers: { Authorization: `Visitor ${session.visitorToken}` },
    });
    expect(own.status).toBe(200);

    expectOk(
      await request<Message>(socket, 'message:send', {
        clientId: 'm1',
        text: 'receipt',
        attachmentIds: [ref.id],
      }),
    );
    const res = await relay.api(ref.url, { token: relay.demoAgentToken });
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PNG_BYTES);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="receipt.png"/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
  });

  it('judges a file by its bytes: a script named photo.png is refused', async () => {
    const { session } = await relay.visitor();
    const html = new Blob(['<html><script>alert(document.cookie)</script></html>'], { type: 'image/png' });
    const res = await relay.upload(`Visitor ${session.visitorToken}`, html, { name: 'photo.png' });
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });
    const svg = new Blob(['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'], {
      type: 'image/svg+xml',
    });
    expect((await relay.upload(`Visitor ${session.visitorToken}`, svg, { name: 'x.svg' })).status).toBe(415);
  });

  it('refuses files over the limit with attachment_too_large, and keeps serving', async () => {
    const { session } = await relay.visitor();
    const big = new Blob([PNG_BYTES, new Uint8Array(MAX_ATTACHMENT_BYTES)], { type: 'image/png' });
    const res = await relay.upload(`Visitor ${session.visitorToken}`, big);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'attachment_too_large' } });
    expect((await relay.upload(`Visitor ${session.visitorToken}`, png())).status).toBe(201);
  });

  it('lets agents upload for a conversation of their site and attach it to a reply', async () => {
    const visitor = await relay.visitor();
    const first = expectOk(
      await request<Message>(visitor.socket, 'message:send', { clientId: 'q', text: 'Invoice please' }),
    );
    const noConversation = await relay.upload(`Bearer ${relay.demoAgentToken}`, png());
    expect(noConversation.status).toBe(400);
    const uploaded = await relay.upload(`Bearer ${relay.demoAgentToken}`, png(), {
      name: 'invoice.png',
      conversationId: first.conversationId,
    });
    expect(uploaded.status).toBe(201);
    const id = await idOf(uploaded);
    const reply = await relay.api(`/api/v1/conversations/${first.conversationId}/messages`, {
      method: 'POST',
      token: relay.demoAgentToken,
      body: JSON.stringify({ clientId: 'inv-1', text: 'Here it is', attachmentIds: [id] }),
    });
    expect(reply.status).toBe(201);
    // The shopper of the conversation may download it.
    const theirs = await fetch(`${relay.url}/api/v1/attachments/${id}`, {
      headers: { Authorization: `Visitor ${visitor.session.visitorToken}` },
    });
    expect(theirs.status).toBe(200);
  });

  it('asks for credentials, and refuses garbage ones', async () => {
    expect((await relay.upload('', png())).status).toBe(401);
    expect((await relay.upload('Visitor v1.garbage.token', png())).status).toBe(401);
    expect((await relay.upload('Bearer agt_nope', png())).status).toBe(401);
    const notMultipart = await fetch(`${relay.url}/api/v1/attachments`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${relay.adminToken}`, 'Content-Type': 'application/json' },
      body: '{"file":"x"}',
    });
    expect(notMultipart.status).toBe(400);
  });
});
