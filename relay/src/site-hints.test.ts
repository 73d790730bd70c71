// The site's glossary and languages, read at the handshake, steer the analysis of a shopper's live messages.
import type { Message } from '@parley/shared';
import { afterEach, expect, it } from 'vitest';
import { expectOk, nextEvent, request, startRelay, type TestRelay, untyped } from '../test/relay-fixture.ts';

let relay: TestRelay | undefined;
afterEach(async () => {
  await relay?.stop();
});

it("tags the site's product names in a shopper's live message for the agent", async () => {
  relay = await startRelay();
  const sites = (await (await relay.api('/api/v1/sites')).json()) as { data: { id: string }[] };
  const patched = await relay.api(`/api/v1/sites/${sites.data[0]!.id}`, {
    method: 'PATCH',
    body: JSON.stringify({ glossary: [{ term: 'Glow Serum', doNotTranslate: true }] }),
  });
  expect(patched.status).toBe(200);
  const { socket: agent } = await relay.agent();
  const { socket: visitor } = await relay.visitor({ locale: 'en-GB' });
  const seen = nextEvent<Message>(untyped(agent), 'message');
  expectOk(
    await request<Message>(untyped(visitor), 'message:send', {
      clientId: 'g1',
      text: 'Is the glow serum OK during pregnancy?',
    }),
  );
  expect((await seen).analysis?.entities?.products).toEqual(['Glow Serum']);
});

it("reads a shopper's short message in the site's languages when the text allows it", async () => {
  relay = await startRelay();
  const sites = (await (await relay.api('/api/v1/sites')).json()) as { data: { id: string }[] };
  // "terima kasih" alone reads as Indonesian; on a Malaysian store it is Malay.
  const patched = await relay.api(`/api/v1/sites/${sites.data[0]!.id}`, {
    method: 'PATCH',
    body: JSON.stringify({ defaultLanguage: 'ms', languages: ['ms', 'en', 'zh'] }),
  });
  expect(patched.status).toBe(200);
  const { socket: agent } = await relay.agent();
  const { socket: visitor } = await relay.visitor();
  const seen = nextEvent<Message>(untyped(agent), 'message');
  expectOk(
    await request<Message>(untyped(visitor), 'message:send', { clientId: 'm1', text: 'terima kasih' }),
  );
  expect((await seen).analysis?.language).toBe('ms');
});
