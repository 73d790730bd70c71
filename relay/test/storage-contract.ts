// The Storage contract as tests: every driver (PGlite, PostgreSQL) runs this same suite against a real database.
import type { Analysis } from '@parley/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/storage/migrate.ts';
import { SqlStorage } from '../src/storage/sql-storage.ts';
import type { SqlClient, Storage } from '../src/storage/types.ts';

const analysis = (overrides: Partial<Analysis> = {}): Analysis => ({
  language: 'th',
  intent: 'product_safety',
  urgency: 'high',
  confidence: 0.9,
  degraded: false,
  ...overrides,
});

export function describeStorageContract(name: string, openClient: () => Promise<SqlClient>): void {
  describe(`${name} storage`, () => {
    let client: SqlClient;
    let storage: Storage;
    let siteId: string;

    beforeAll(async () => {
      client = await openClient();
      expect(await migrate(client)).toEqual(['001_initial']);
      storage = new SqlStorage(client);
      siteId = (
        await storage.createSite({
          name: 'Shop',
          publicKey: `pk_${name}`,
          allowedOrigins: [],
          defaultLanguage: 'en',
        })
      ).id;
    });
    afterAll(() => storage.close());

    it('applies migrations once: a second run is a no-op', async () => {
      expect(await migrate(client)).toEqual([]);
      const { rows } = await client.query<{ version: string }>('SELECT version FROM schema_migrations');
      expect(rows.map((r) => r.version)).toEqual(['001_initial']);
    });

    it('finds sites by public key and agents only by token hash', async () => {
      const site = await storage.createSite({
        name: 'Strict',
        publicKey: `pk_strict_${name}`,
        allowedOrigins: ['https://shop.example'],
        defaultLanguage: 'fr',
      });
      expect(await storage.getSiteByPublicKey(`pk_strict_${name}`)).toEqual(site);
      expect(site.allowedOrigins).toEqual(['https://shop.example']);
      expect(await storage.getSiteByPublicKey('pk_missing')).toBeNull();
      const agent = await storage.createAgent({
        siteId: site.id,
        name: 'Ana',
        role: 'agent',
        language: 'fr',
        tokenHash: `hash-${name}`,
      });
      expect(await storage.getAgentByTokenHash(`hash-${name}`)).toEqual(agent);
      expect(await storage.getAgentByTokenHash('other')).toBeNull();
      const { rows } = await client.query<Record<string, unknown>>('SELECT * FROM agents WHERE id = $1', [
        agent.id,
      ]);
      expect(Object.values(rows[0] ?? {})).not.toContain('plaintext');
      expect((await storage.listSites()).map((s) => s.id)).toContain(site.id);
    });

    it('numbers messages 1, 2, 3… per conversation and stores a re-send once', async () => {
      const visitor = await storage.createVisitor({ siteId, locale: 'th-TH' });
      const { conversation } = await storage.openConversation({ siteId, visitorId: visitor.id });
      const first = await storage.appendMessage({
        conversationId: conversation.id,
        clientId: 'c1',
        author: 'visitor',
        authorId: null,
        text: 'แพ้ครีม',
        language: 'th',
        analysis: analysis(),
      });
      expect(first.created).toBe(true);
      expect(first.message).toMatchObject({ seq: 1, analysis: analysis(), translations: {} });
      expect(first.conversation).toMatchObject({
        lastSeq: 1,
        language: 'th',
        intent: 'product_safety',
        urgency: 'high',
      });

      const resend = await storage.appendMessage({
        conversationId: conversation.id,
        clientId: 'c1',
        author: 'visitor',
        authorId: null,
        text: 'แพ้ครีม',
        language: 'th',
      });
      expect(resend.created).toBe(false);
      expect(resend.message).toEqual(first.message);

      // A polite follow-up must not push an unanswered safety issue down the queue.
      const thanks = await storage.appendMessage({
        conversationId: conversation.id,
        clientId: 'c2',
        author: 'visitor',
        authorId: null,
        text: 'ขอบคุณค่ะ',
        language: 'th',
        analysis: analysis({ intent: 'greeting_thanks', urgency: 'low' }),
      });
      expect(thanks.message.seq).toBe(2);
      expect(thanks.conversation).toMatchObject({ intent: 'product_safety', urgency: 'high' });

      expect((await storage.listMessages(conversation.id)).map((m) => m.seq)).toEqual([1, 2]);
      expect((await storage.listMessages(conversation.id, { afterSeq: 1 })).map((m) => m.clientId)).toEqual([
        'c2',
      ]);
      expect(await storage.findMessageByClientId(conversation.id, 'c2')).toEqual(thanks.message);
      expect(await storage.recentVisitorTexts(conversation.id, 5)).toEqual(['แพ้ครีม', 'ขอบคุณค่ะ']);
    });

    it('keeps seq gapless and unique under concurrent appends, and dedupes concurrent re-sends', async () => {
      const visitor = await storage.createVisitor({ siteId, locale: null });
      const { conversation } = await storage.openConversation({ siteId, visitorId: visitor.id });
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          storage.appendMessage({
            conversationId: conversation.id,
            // Every fifth clientId repeats: 4 distinct re-sends of "dup" race with 16 distinct messages.
            clientId: i % 5 === 0 ? 'dup' : `m${i}`,
            author: 'visitor',
            authorId: null,
            text: `message ${i}`,
            language: 'en',
          }),
        ),
      );
      expect(results.filter((r) => r.created)).toHaveLength(17);
      const stored = await storage.listMessages(conversation.id);
      expect(stored.map((m) => m.seq)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
      expect((await storage.getConversation(conversation.id))?.lastSeq).toBe(17);
    });

    it('gives racing first messages of one visitor a single open conversation', async () => {
      const visitor = await storage.createVisitor({ siteId, locale: null });
      const opened = await Promise.all(
        [1, 2, 3, 4].map(() => storage.openConversation({ siteId, visitorId: visitor.id })),
      );
      expect(new Set(opened.map((o) => o.conversation.id)).size).toBe(1);
      expect(opened.filter((o) => o.created)).toHaveLength(1);
      expect((await storage.findOpenConversation(visitor.id))?.id).toBe(opened[0]?.conversation.id);
    });

    it('lists an inbox with high urgency first, then most recent, scoped by site', async () => {
      const other = await storage.createSite({
        name: 'Other',
        publicKey: `pk_other_${name}`,
        allowedOrigins: [],
        defaultLanguage: 'en',
      });
      const post = async (site: string, text: string, urgency: Analysis['urgency']) => {
        const visitor = await storage.createVisitor({ siteId: site, locale: null });
        const { conversation } = await storage.openConversation({ siteId: site, visitorId: visitor.id });
        await storage.appendMessage({
          conversationId: conversation.id,
          clientId: 'x',
          author: 'visitor',
          authorId: null,
          text,
          language: 'en',
          analysis: analysis({ language: 'en', intent: 'order_status', urgency }),
        });
        return conversation.id;
      };
      const urgent = await post(other.id, 'urgent', 'high');
      const older = await post(other.id, 'older', 'normal');
      const newer = await post(other.id, 'newer', 'low');
      await post(siteId, 'elsewhere', 'high');

      const inbox = await storage.listConversations({ siteId: other.id });
      expect(inbox.map((c) => c.id)).toEqual([urgent, newer, older]);
      expect(inbox[0]).toMatchObject({
        siteName: 'Other',
        lastMessage: { text: 'urgent', author: 'visitor' },
      });
      expect(await storage.listConversations({ siteId: other.id, status: 'resolved' })).toEqual([]);
      expect((await storage.listConversations({})).length).toBeGreaterThan(inbox.length);
    });

    it('records events', async () => {
      await storage.recordEvent({ type: 'test.event', siteId, payload: { n: 1 } });
      const { rows } = await client.query<{ payload: unknown }>(
        "SELECT payload FROM events WHERE type = 'test.event'",
      );
      expect(rows.map((r) => r.payload)).toEqual([{ n: 1 }]);
    });
  });
}
