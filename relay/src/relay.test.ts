import type { Message } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { expectOk, request, startRelay } from '../test/relay-fixture.ts';

describe('createRelay', () => {
  it('restarts on the same data dir with the same demo, tokens and messages, without re-migrating', async () => {
    // storage: undefined → PGlite files under <dataDir>/pglite, exactly as `pnpm start` runs.
    const first = await startRelay({ storage: undefined });
    expect(first.storage.kind).toBe('pglite');
    expect(first.demo?.created).toBe(true);
    const { socket, session } = await first.visitor({ locale: 'th-TH' });
    const sent = expectOk(
      await request<Message>(socket, 'message:send', { clientId: 'keep-1', text: 'ของยังไม่ได้รับเลยค่ะ' }),
    );
    await first.stop({ keepDataDir: true });

    const second = await startRelay({ storage: undefined, dataDir: first.dataDir });
    try {
      expect(second.demo?.created).toBe(false);
      expect(second.siteKey).toBe(first.siteKey);
      expect(second.demoAgentToken).toBe(first.demoAgentToken);
      expect(second.adminToken).toBe(first.adminToken);
      expect((await second.storage.listSites()).length).toBe(1);

      // The shopper's token, signed before the restart, still continues the same conversation.
      const back = await second.visitor({ visitorToken: session.visitorToken });
      expect(back.session.conversationId).toBe(sent.conversationId);
      const history = expectOk(await request<Message[]>(back.socket, 'messages:sync', { afterSeq: 0 }));
      expect(history.map((m) => m.text)).toEqual(['ของยังไม่ได้รับเลยค่ะ']);

      const { socket: agent } = await second.agent();
      const seen = expectOk(
        await request<Message[]>(agent, 'messages:list', { conversationId: sent.conversationId }),
      );
      expect(seen[0]?.analysis?.language).toBe('th');
    } finally {
      await second.stop();
    }
  });

  it('closes cleanly, and a second close is harmless', async () => {
    const relay = await startRelay();
    await relay.visitor();
    const closing = relay.close();
    await closing;
    await relay.close();
    expect(relay.httpServer.listening).toBe(false);
    await relay.stop();
  });
});
