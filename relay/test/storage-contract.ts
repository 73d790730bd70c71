// The Storage contract as tests: every driver (PGlite, PostgreSQL) runs this same suite against a real database.
import type { Analysis } from '@parley/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../src/storage/migrate.ts';
import { SqlStorage } from '../src/storage/sql-storage.ts';
import type { SqlClient, Storage } from '../src/storage/types.ts';

// A real 1×1 PNG: attachments are checked by their bytes elsewhere; here they only have to round-trip.
const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
);

/** Every migration in order; a new one is added here and runs on both drivers. */
export const MIGRATIONS = [
  '001_initial',
  '002_conversation_state',
  '003_translations',
  '004_knowledge',
  '006_auto_reply',
  '007_visitor_profile',
  '008_agent_tokens',
];

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
      expect(await migrate(client)).toEqual(MIGRATIONS);
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
      expect(rows.map((r) => r.version)).toEqual(MIGRATIONS);
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

    it('lets an agent hold extra tokens beside the original, and deletes them with the agent', async () => {
      const agent = await storage.createAgent({
        siteId,
        name: 'Mali',
        role: 'agent',
        language: 'th',
        tokenHash: `original-${name}`,
      });
      const soon = new Date(Date.now() + 60_000).toISOString();
      await storage.createPairingCode({ agentId: agent.id, codeHash: `code-${name}`, expiresAt: soon });
      const paired = await storage.exchangePairingCode({
        codeHash: `code-${name}`,
        now: new Date().toISOString(),
        token: { tokenHash: `extension-${name}`, label: 'Chrome extension' },
      });
      expect(paired?.agent).toEqual(agent);
      expect(paired?.token).toMatchObject({ agentId: agent.id, label: 'Chrome extension', lastUsedAt: null });
      expect(await storage.getAgentByTokenHash(`original-${name}`)).toEqual(agent);
      expect(await storage.getAgentByTokenHash(`extension-${name}`)).toEqual(agent);
      const [listed] = await storage.listAgentTokens(agent.id);
      expect(listed?.id).toBe(paired?.token.id);
      expect(listed?.lastUsedAt).not.toBeNull();
      expect(JSON.stringify(listed)).not.toContain(`extension-${name}`);

      expect(await storage.deleteAgentToken('another-agent', listed!.id)).toBe(false);
      expect(await storage.deleteAgentToken(agent.id, listed!.id)).toBe(true);
      expect(await storage.getAgentByTokenHash(`extension-${name}`)).toBeNull();

      await storage.createPairingCode({ agentId: agent.id, codeHash: `code2-${name}`, expiresAt: soon });
      await storage.exchangePairingCode({
        codeHash: `code2-${name}`,
        now: new Date().toISOString(),
        token: { tokenHash: `extension2-${name}`, label: 'Laptop' },
      });
      await storage.createPairingCode({ agentId: agent.id, codeHash: `code3-${name}`, expiresAt: soon });
      expect(await storage.deleteAgent(agent.id)).toBe(true);
      const left = await client.query<{ n: number }>(
        `SELECT (SELECT count(*) FROM agent_tokens WHERE agent_id = $1)::int
              + (SELECT count(*) FROM pairing_codes WHERE agent_id = $1)::int AS n`,
        [agent.id],
      );
      expect(left.rows[0]?.n).toBe(0);
      expect(await storage.getAgentByTokenHash(`extension2-${name}`)).toBeNull();
    });

    it('spends a pairing code once, before it expires, and a new code cancels the unused one', async () => {
      const agent = await storage.createAgent({
        siteId,
        name: 'Dao',
        role: 'agent',
        language: 'th',
        tokenHash: `dao-${name}`,
      });
      const now = Date.now();
      const at = (ms: number) => new Date(now + ms).toISOString();
      const exchange = (codeHash: string, tokenHash: string, when = at(0)) =>
        storage.exchangePairingCode({ codeHash, now: when, token: { tokenHash, label: 'Chrome extension' } });

      await storage.createPairingCode({ agentId: agent.id, codeHash: `late-${name}`, expiresAt: at(1000) });
      expect(await exchange(`late-${name}`, `t-late-${name}`, at(1000))).toBeNull();
      expect(await exchange(`missing-${name}`, `t-missing-${name}`)).toBeNull();

      await storage.createPairingCode({
        agentId: agent.id,
        codeHash: `first-${name}`,
        expiresAt: at(60_000),
      });
      await storage.createPairingCode({
        agentId: agent.id,
        codeHash: `second-${name}`,
        expiresAt: at(60_000),
      });
      expect(await exchange(`first-${name}`, `t-first-${name}`)).toBeNull();

      // Two exchanges of one code at once: exactly one token.
      const racing = await Promise.all([
        exchange(`second-${name}`, `t-a-${name}`),
        exchange(`second-${name}`, `t-b-${name}`),
      ]);
      expect(racing.filter(Boolean)).toHaveLength(1);
      expect(await exchange(`second-${name}`, `t-c-${name}`)).toBeNull();
      expect(await storage.listAgentTokens(agent.id)).toHaveLength(1);
      for (const hash of [`t-late-${name}`, `t-missing-${name}`, `t-first-${name}`, `t-c-${name}`]) {
        expect(await storage.getAgentByTokenHash(hash)).toBeNull();
      }
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

    it('stores writes that arrive together in order, each conversation gapless and each message at its own time', async () => {
      const visitors = await Promise.all(
        [1, 2, 3, 4, 5].map(() => storage.createVisitor({ siteId, locale: null })),
      );
      // Opened and written in the same turn: the group commit puts them in shared transactions.
      const conversations = await Promise.all(
        visitors.map(
          async (visitor) => (await storage.openConversation({ siteId, visitorId: visitor.id })).conversation,
        ),
      );
      const results = await Promise.all(
        [0, 1, 2, 3].flatMap((i) =>
          conversations.map((conversation) =>
            storage.appendMessage({
              conversationId: conversation.id,
              clientId: `burst-${i}`,
              author: 'visitor',
              authorId: null,
              text: `burst ${i}`,
              language: 'en',
            }),
          ),
        ),
      );
      expect(results.every((r) => r.created)).toBe(true);
      for (const conversation of conversations) {
        const stored = await storage.listMessages(conversation.id);
        expect(stored.map((m) => [m.seq, m.text])).toEqual([
          [1, 'burst 0'],
          [2, 'burst 1'],
          [3, 'burst 2'],
          [4, 'burst 3'],
        ]);
        const times = stored.map((m) => Date.parse(m.createdAt));
        expect(times).toEqual([...times].sort((a, b) => a - b));
        // A shared transaction must not give them all its start time (compared in the database's µs).
        const { rows } = await client.query<{ distinct: number }>(
          'SELECT count(DISTINCT created_at)::int AS distinct FROM messages WHERE conversation_id = $1',
          [conversation.id],
        );
        expect(rows[0]?.distinct).toBe(4);
      }
    });

    it('stores the other writes of a batch when one of them fails', async () => {
      const visitor = await storage.createVisitor({ siteId, locale: null });
      const { conversation } = await storage.openConversation({ siteId, visitorId: visitor.id });
      const append = (clientId: string, text: string) =>
        storage.appendMessage({
          conversationId: conversation.id,
          clientId,
          author: 'visitor',
          authorId: null,
          text,
          language: 'en',
        });
      // PostgreSQL refuses a NUL character in text: that write fails, and only that one.
      const outcomes = await Promise.allSettled([
        append('before', 'first'),
        append('poison', 'bad \u0000 byte'),
        append('after', 'second'),
      ]);
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      const stored = await storage.listMessages(conversation.id);
      expect(stored.map((m) => [m.seq, m.text])).toEqual([
        [1, 'first'],
        [2, 'second'],
      ]);
    });

    it('gives racing first messages of one visitor a single open conversation', async () => {
      const visitor = await storage.createVisitor({ siteId, locale: null });
      const opened = await Promise.all(
        [1, 2, 3, 4].map(() => storage.openConversation({ siteId, visitorId: visitor.id })),
      );
      expect(new Set(opened.map((o) => o.conversation.id)).size).toBe(1);
      expect(opened.filter((o) => o.created)).toHaveLength(1);
      expect((await storage.findOpenConversation(visitor.id))?.id).toBe(opened[0]?.conversation.id);
      const { rows } = await client.query<{ payload: unknown }>(
        "SELECT payload FROM events WHERE type = 'conversation.opened' AND conversation_id = $1",
        [opened[0]?.conversation.id],
      );
      expect(rows.map((r) => r.payload)).toEqual([{ visitorId: visitor.id }]);
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

    it('keeps site settings, bumps the glossary version only when the glossary changes', async () => {
      const site = await storage.createSite({
        name: 'Settings',
        publicKey: `pk_settings_${name}`,
        allowedOrigins: [],
        defaultLanguage: 'th',
      });
      expect(site).toMatchObject({
        languages: ['th'],
        businessHours: null,
        glossary: [],
        glossaryVersion: 0,
      });
      expect(site.demo).toBe(false);
      const hours = { timeZone: 'Asia/Bangkok', intervals: [{ day: 1, from: '09:00', to: '18:00' }] };
      const glossary = [{ term: 'Lumière', doNotTranslate: true }];
      const updated = await storage.updateSite(site.id, {
        businessHours: hours,
        glossary,
        languages: ['th', 'en'],
      });
      expect(updated).toMatchObject({
        businessHours: hours,
        glossary,
        languages: ['th', 'en'],
        glossaryVersion: 1,
      });
      const renamed = await storage.updateSite(site.id, { name: 'Renamed', glossary });
      expect(renamed).toMatchObject({ name: 'Renamed', glossaryVersion: 1 });
      const cleared = await storage.updateSite(site.id, { businessHours: null, glossary: [] });
      expect(cleared).toMatchObject({ businessHours: null, glossary: [], glossaryVersion: 2 });
      expect(await storage.updateSite('missing', { name: 'x' })).toBeNull();
    });

    it('updates, re-keys and deletes agents; a deleted assignee puts the conversation back in the queue', async () => {
      const agent = await storage.createAgent({
        siteId,
        name: 'Mai',
        role: 'agent',
        language: 'th',
        tokenHash: `mai-${name}`,
      });
      expect(agent).toMatchObject({ languageSkills: ['th'], persona: {} });
      const updated = await storage.updateAgent(agent.id, {
        languageSkills: ['th', 'en'],
        persona: { displayName: 'Mai', gender: 'female' },
      });
      expect(updated).toMatchObject({
        name: 'Mai',
        languageSkills: ['th', 'en'],
        persona: { gender: 'female' },
      });
      await storage.setAgentTokenHash(agent.id, `mai2-${name}`);
      expect(await storage.getAgentByTokenHash(`mai-${name}`)).toBeNull();
      expect((await storage.getAgentByTokenHash(`mai2-${name}`))?.id).toBe(agent.id);
      expect((await storage.listAgents(siteId)).map((a) => a.id)).toContain(agent.id);

      const visitor = await storage.createVisitor({ siteId, locale: null });
      const { conversation } = await storage.openConversation({ siteId, visitorId: visitor.id });
      expect((await storage.assignConversation(conversation.id, agent.id))?.assigneeId).toBe(agent.id);
      expect((await storage.listConversations({ siteId, assigneeId: agent.id })).map((c) => c.id)).toEqual([
        conversation.id,
      ]);
      expect(await storage.deleteAgent(agent.id)).toBe(true);
      expect(await storage.deleteAgent(agent.id)).toBe(false);
      expect((await storage.getConversation(conversation.id))?.assigneeId).toBeNull();
    });

    it('records the first response, resolves, and reopens the same conversation when the visitor writes', async () => {
      const visitor = await storage.createVisitor({ siteId, locale: null });
      const { conversation } = await storage.openConversation({ siteId, visitorId: visitor.id });
      const append = (clientId: string, author: 'visitor' | 'agent', extra = {}) =>
        storage.appendMessage({
          conversationId: conversation.id,
          clientId,
          author,
          authorId: null,
          text: clientId,
          language: 'en',
          ...extra,
        });
      await append('v1', 'visitor', { analysis: analysis() });
      expect((await storage.getConversation(conversation.id))?.firstResponseAt).toBeNull();
      const answered = await append('a1', 'agent');
      const firstResponseAt = answered.conversation.firstResponseAt;
      expect(firstResponseAt).not.toBeNull();
      expect((await append('a2', 'agent')).conversation.firstResponseAt).toBe(firstResponseAt);

      const resolved = await storage.resolveConversation(conversation.id);
      expect(resolved).toMatchObject({ status: 'resolved', urgency: 'high' });
      expect(resolved?.resolvedAt).not.toBeNull();
      expect(await storage.findOpenConversation(visitor.id)).toBeNull();
      expect((await storage.findLatestConversation(visitor.id))?.id).toBe(conversation.id);

      // An agent's follow-up leaves it resolved; the visitor writing again reopens it, as a fresh matter.
      expect((await append('a3', 'agent')).conversation.status).toBe('resolved');
      const back = await append('v2', 'visitor', {
        analysis: analysis({ intent: 'greeting_thanks', urgency: 'low' }),
      });
      expect(back.reopened).toBe(true);
      expect(back.conversation).toMatchObject({
        status: 'open',
        resolvedAt: null,
        urgency: 'low',
        lastSeq: 5,
      });
      expect((await storage.reopenConversation(conversation.id))?.status).toBe('open');
      expect(await storage.resolveConversation('missing')).toBeNull();
    });

    it('moves read marks only forward and never past the last message', async () => {
      const visitor = await storage.createVisitor({ siteId, locale: null });
      const { conversation } = await storage.openConversation({ siteId, visitorId: visitor.id });
      for (const clientId of ['r1', 'r2', 'r3']) {
        await storage.appendMessage({
          conversationId: conversation.id,
          clientId,
          author: 'visitor',
          authorId: null,
          text: clientId,
          language: 'en',
        });
      }
      expect(await storage.markRead(conversation.id, 'agent', 2)).toEqual({ seq: 2, changed: true });
      expect(await storage.markRead(conversation.id, 'agent', 1)).toEqual({ seq: 2, changed: false });
      expect(await storage.markRead(conversation.id, 'agent', 99)).toEqual({ seq: 3, changed: true });
      expect(await storage.markRead(conversation.id, 'visitor', 1)).toEqual({ seq: 1, changed: true });
      expect(await storage.getConversationSummary(conversation.id)).toMatchObject({
        agentReadSeq: 3,
        visitorReadSeq: 1,
      });
      expect(await storage.markRead('missing', 'visitor', 1)).toBeNull();
    });

    it('filters the inbox by language, urgency, intent and time, one page at a time', async () => {
      const site = await storage.createSite({
        name: 'Filters',
        publicKey: `pk_filters_${name}`,
        allowedOrigins: [],
        defaultLanguage: 'en',
      });
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const visitor = await storage.createVisitor({ siteId: site.id, locale: null });
        const { conversation } = await storage.openConversation({ siteId: site.id, visitorId: visitor.id });
        await storage.appendMessage({
          conversationId: conversation.id,
          clientId: 'f',
          author: 'visitor',
          authorId: null,
          text: `filter ${i}`,
          language: i < 2 ? 'vi' : 'en',
          analysis: analysis({
            language: i < 2 ? 'vi' : 'en',
            intent: i === 4 ? 'product_safety' : 'order_status',
            urgency: i === 4 ? 'high' : 'normal',
          }),
        });
        ids.push(conversation.id);
      }
      const list = (filter: object) =>
        storage.listConversations({ siteId: site.id, ...filter }).then((rows) => rows.map((c) => c.id));
      expect(new Set(await list({ language: 'vi' }))).toEqual(new Set(ids.slice(0, 2)));
      expect(await list({ urgency: 'high' })).toEqual([ids[4]]);
      expect(await list({ intent: 'product_safety' })).toEqual([ids[4]]);
      expect(await list({ assigneeId: null })).toHaveLength(5);
      expect(await list({ since: new Date(Date.now() + 60_000).toISOString() })).toEqual([]);
      expect(await list({ until: new Date(Date.now() + 60_000).toISOString() })).toHaveLength(5);

      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await storage.pageConversations({
          siteId: site.id,
          limit: 2,
          ...(cursor ? { cursor } : {}),
        });
        expect(page.data.length).toBeLessThanOrEqual(2);
        seen.push(...page.data.map((c) => c.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(await list({}));
      expect(seen[0]).toBe(ids[4]);
      await expect(storage.pageConversations({ cursor: 'garbage' })).rejects.toMatchObject({
        code: 'validation_failed',
      });
    });

    it('stores attachment bytes and attaches them only for their uploader, atomically with the message', async () => {
      const visitor = await storage.createVisitor({ siteId, locale: null });
      const other = await storage.createVisitor({ siteId, locale: null });
      const upload = (uploader: string) =>
        storage.createAttachment({
          siteId,
          conversationId: null,
          uploader: { kind: 'visitor', id: uploader },
          name: 'parcel.png',
          type: 'image/png',
          sha256: 'x',
          bytes: PNG,
        });
      const mine = await upload(visitor.id);
      const theirs = await upload(other.id);
      expect(mine).toMatchObject({ size: PNG.byteLength, conversationId: null, messageId: null });
      expect(mine.url).toBe(`/api/v1/attachments/${mine.id}`);
      expect(await storage.getAttachmentBytes(mine.id)).toEqual(PNG);

      const { conversation } = await storage.openConversation({ siteId, visitorId: visitor.id });
      const send = (clientId: string, ids: string[]) =>
        storage.appendMessage({
          conversationId: conversation.id,
          clientId,
          author: 'visitor',
          authorId: null,
          text: 'see photo',
          language: 'en',
          attachments: { ids, uploader: { kind: 'visitor', id: visitor.id } },
        });
      // Another visitor's file: nothing is stored, not even the text.
      await expect(send('p0', [mine.id, theirs.id])).rejects.toMatchObject({ code: 'not_found' });
      expect(await storage.listMessages(conversation.id)).toEqual([]);
      const sent = await send('p1', [mine.id]);
      expect(sent.message.attachments).toEqual([
        { id: mine.id, name: 'parcel.png', type: 'image/png', size: PNG.byteLength, url: mine.url },
      ]);
      // Already on a message: cannot be sent again.
      await expect(send('p2', [mine.id])).rejects.toMatchObject({ code: 'not_found' });
      expect((await storage.listMessages(conversation.id))[0]?.attachments?.[0]?.id).toBe(mine.id);
      expect((await storage.findMessageByClientId(conversation.id, 'p1'))?.attachments).toHaveLength(1);
      expect(await storage.getAttachment(mine.id)).toMatchObject({
        conversationId: conversation.id,
        messageId: sent.message.id,
      });
    });

    it('erases a visitor with their conversations, messages, files and events, leaving an anonymous record', async () => {
      const visitor = await storage.createVisitor({ siteId, locale: 'de-DE' });
      const { conversation } = await storage.openConversation({ siteId, visitorId: visitor.id });
      const file = await storage.createAttachment({
        siteId,
        conversationId: null,
        uploader: { kind: 'visitor', id: visitor.id },
        name: 'me.png',
        type: 'image/png',
        sha256: 'x',
        bytes: PNG,
      });
      await storage.appendMessage({
        conversationId: conversation.id,
        clientId: 'g1',
        author: 'visitor',
        authorId: null,
        text: 'My email is jan@example.de',
        language: 'de',
        attachments: { ids: [file.id], uploader: { kind: 'visitor', id: visitor.id } },
      });
      await storage.cacheTranslation(
        'erase-key',
        'My email is jan@example.de',
        'Meine E-Mail ist jan@example.de',
      );
      await storage.cacheTranslation('other-key', 'Someone else said this', 'Jemand anderes');
      const report = await storage.eraseVisitor(visitor.id);
      // A cached translation of what the visitor said goes too; other entries stay.
      expect(await storage.cachedTranslation('erase-key')).toBeUndefined();
      expect(await storage.cachedTranslation('other-key')).toBe('Jemand anderes');
      expect(report).toEqual({ siteId, conversations: 1, messages: 1, attachments: 1, events: 1 });
      expect(await storage.getVisitor(visitor.id)).toBeNull();
      expect(await storage.getConversation(conversation.id)).toBeNull();
      expect(await storage.getAttachment(file.id)).toBeNull();
      const { rows } = await client.query<{ payload: unknown }>(
        "SELECT payload::text AS payload FROM events WHERE type = 'visitor.erased'",
      );
      expect(rows).toHaveLength(1);
      expect(String(rows[0]?.payload)).not.toContain(visitor.id);
      expect(String(rows[0]?.payload)).not.toContain(conversation.id);
      const text = await client.query("SELECT 1 FROM messages WHERE text LIKE '%jan@example.de%'");
      expect(text.rows).toEqual([]);
      expect(await storage.eraseVisitor(visitor.id)).toBeNull();
    });

    it('keeps knowledge entries per site and topic, each update a new version with the old one kept', async () => {
      const shop = await storage.createSite({
        name: 'Knowledge',
        publicKey: `pk_knowledge_${name}`,
        allowedOrigins: [],
        defaultLanguage: 'en',
      });
      const returns = await storage.createKnowledgeEntry({
        siteId: shop.id,
        topic: 'returns',
        title: 'Returns within 30 days',
        answers: { en: 'Unopened items can be returned within 30 days.', th: 'คืนสินค้าได้ภายใน 30 วัน' },
        allows: ['refund'],
      });
      expect(returns).toMatchObject({ siteId: shop.id, version: 1, tags: [], allows: ['refund'] });
      const shipping = await storage.createKnowledgeEntry({
        siteId: shop.id,
        topic: 'shipping',
        title: 'Delivery times',
        answers: { en: 'Tracked delivery in 5–9 business days.' },
        tags: ['delivery'],
      });
      expect(await storage.getKnowledgeEntry(returns.id)).toEqual(returns);
      expect((await storage.listKnowledgeEntries(shop.id)).map((e) => e.id)).toEqual([
        returns.id,
        shipping.id,
      ]);
      expect(await storage.listKnowledgeEntries(shop.id, { topic: 'shipping' })).toEqual([shipping]);
      expect(await storage.listKnowledgeEntries(siteId)).toEqual([]);

      const v2 = await storage.updateKnowledgeEntry(returns.id, {
        answers: { en: 'Unopened items can be returned within 30 days for a full refund.' },
        tags: ['refund'],
      });
      expect(v2).toMatchObject({ version: 2, title: 'Returns within 30 days', tags: ['refund'] });
      expect(v2?.answers).toEqual({ en: 'Unopened items can be returned within 30 days for a full refund.' });
      const v3 = await storage.updateKnowledgeEntry(
        returns.id,
        { title: 'Returns and refunds' },
        { expectedVersion: 2 },
      );
      expect(v3?.version).toBe(3);
      // An empty change is no new version.
      expect(await storage.updateKnowledgeEntry(returns.id, {})).toEqual(v3);

      const versions = await storage.listKnowledgeVersions(returns.id);
      expect(versions.map((v) => v.version)).toEqual([2, 1]);
      expect(versions[1]).toMatchObject({
        entryId: returns.id,
        content: {
          topic: 'returns',
          title: 'Returns within 30 days',
          answers: returns.answers,
          tags: [],
          allows: ['refund'],
        },
        createdAt: returns.updatedAt,
      });
      expect(versions[0]?.content.tags).toEqual(['refund']);
      expect(await storage.updateKnowledgeEntry('missing', { title: 'x' })).toBeNull();
      expect(await storage.listKnowledgeVersions('missing')).toEqual([]);
    });

    it('refuses a stale update and a second entry with the same title in a topic, with conflict', async () => {
      const entry = await storage.createKnowledgeEntry({
        siteId,
        topic: 'promotions',
        title: 'Price matching',
        answers: { en: 'We do not match other shops’ prices.' },
      });
      await storage.updateKnowledgeEntry(entry.id, { tags: ['price'] }, { expectedVersion: 1 });
      await expect(
        storage.updateKnowledgeEntry(entry.id, { tags: ['stale'] }, { expectedVersion: 1 }),
      ).rejects.toMatchObject({ code: 'conflict', details: { expectedVersion: 1, currentVersion: 2 } });
      expect((await storage.getKnowledgeEntry(entry.id))?.tags).toEqual(['price']);
      expect(await storage.listKnowledgeVersions(entry.id)).toHaveLength(1);

      // Racing updates of one entry take turns: both land, as versions 3 and 4.
      await Promise.all([
        storage.updateKnowledgeEntry(entry.id, { tags: ['a'] }),
        storage.updateKnowledgeEntry(entry.id, { tags: ['b'] }),
      ]);
      expect((await storage.getKnowledgeEntry(entry.id))?.version).toBe(4);
      expect((await storage.listKnowledgeVersions(entry.id)).map((v) => v.version)).toEqual([3, 2, 1]);

      const duplicate = { siteId, topic: 'promotions' as const, answers: { en: 'Again' } };
      await expect(
        storage.createKnowledgeEntry({ ...duplicate, title: '  PRICE   matching ' }),
      ).rejects.toMatchObject({ code: 'conflict' });
      // The same title in another topic is another entry.
      const other = await storage.createKnowledgeEntry({
        ...duplicate,
        topic: 'other',
        title: 'Price matching',
      });
      await expect(storage.updateKnowledgeEntry(other.id, { topic: 'promotions' })).rejects.toMatchObject({
        code: 'conflict',
      });
      expect((await storage.getKnowledgeEntry(other.id))?.version).toBe(1);
      await expect(
        storage.createKnowledgeEntry({ ...duplicate, siteId: 'missing', title: 'Nowhere' }),
      ).rejects.toMatchObject({ code: 'not_found' });
    });

    it('raises the knowledge revision on every write; deleting an entry or its site deletes its knowledge', async () => {
      const shop = await storage.createSite({
        name: 'Revisions',
        publicKey: `pk_revisions_${name}`,
        allowedOrigins: [],
        defaultLanguage: 'de',
      });
      expect(await storage.knowledgeRevision(shop.id)).toBe(0);
      const entry = await storage.createKnowledgeEntry({
        siteId: shop.id,
        topic: 'shipping',
        title: 'Versand',
        answers: { de: 'Versand in 2–4 Werktagen.' },
      });
      const afterCreate = await storage.knowledgeRevision(shop.id);
      await storage.updateKnowledgeEntry(entry.id, { tags: ['versand'] });
      const afterUpdate = await storage.knowledgeRevision(shop.id);
      expect(afterCreate).toBeGreaterThan(0);
      expect(afterUpdate).toBeGreaterThan(afterCreate);
      await expect(
        storage.updateKnowledgeEntry(entry.id, { tags: ['stale'] }, { expectedVersion: 1 }),
      ).rejects.toMatchObject({ code: 'conflict' });
      expect(await storage.knowledgeRevision(shop.id)).toBe(afterUpdate);

      expect(await storage.deleteKnowledgeEntry(entry.id)).toBe(true);
      expect(await storage.deleteKnowledgeEntry(entry.id)).toBe(false);
      expect(await storage.knowledgeRevision(shop.id)).toBeGreaterThan(afterUpdate);
      expect(await storage.getKnowledgeEntry(entry.id)).toBeNull();
      expect(await storage.listKnowledgeVersions(entry.id)).toEqual([]);

      const kept = await storage.createKnowledgeEntry({
        siteId: shop.id,
        topic: 'returns',
        title: 'Rückgabe',
        answers: { de: '30 Tage Rückgaberecht.' },
      });
      await storage.updateKnowledgeEntry(kept.id, { allows: ['refund', 'free_return'] });
      // The Storage contract has no site deletion yet; an operator's DELETE must still take the knowledge along.
      await client.query('DELETE FROM sites WHERE id = $1', [shop.id]);
      expect(await storage.getKnowledgeEntry(kept.id)).toBeNull();
      const left = await client.query(
        `SELECT (SELECT count(*) FROM knowledge_versions WHERE entry_id = $1)::int AS versions,
           (SELECT count(*) FROM knowledge_revisions WHERE site_id = $2)::int AS revisions`,
        [kept.id, shop.id],
      );
      expect(left.rows).toEqual([{ versions: 0, revisions: 0 }]);
    });

    it('refuses commitments and topics outside the vocabulary in the database itself', async () => {
      const insert = (topic: string, allows: string) =>
        client.query(
          `INSERT INTO knowledge_entries (id, site_id, topic, title, title_key, answers, allows)
           VALUES ($1, $2, $3, 'x', $1, '{"en": "x"}'::jsonb, $4::jsonb)`,
          [`raw-${topic}-${allows.length}`, siteId, topic, allows],
        );
      await expect(insert('returns', '["cashback"]')).rejects.toThrow();
      await expect(insert('gossip', '[]')).rejects.toThrow();
      await expect(
        client.query(
          `INSERT INTO knowledge_entries (id, site_id, topic, title, title_key, answers)
           VALUES ('raw-empty', $1, 'other', 'x', 'x', '{}'::jsonb)`,
          [siteId],
        ),
      ).rejects.toThrow();
      await insert('returns', '["refund", "free_return"]');
    });

    it('keeps a visitor profile, fields left out keeping their value, and shows it on every inbox row', async () => {
      const visitor = await storage.createVisitor({ siteId, locale: null });
      expect(visitor.profile).toEqual({ name: null, email: null, userId: null, verified: false });
      const { conversation } = await storage.openConversation({ siteId, visitorId: visitor.id });
      const named = await storage.updateVisitorProfile(visitor.id, {
        name: 'Somchai',
        email: 's@example.com',
      });
      expect(named?.profile).toEqual({
        name: 'Somchai',
        email: 's@example.com',
        userId: null,
        verified: false,
      });
      const verified = await storage.updateVisitorProfile(visitor.id, { verifiedUserId: 'u-42' });
      const profile = { name: 'Somchai', email: 's@example.com', userId: 'u-42', verified: true };
      expect(verified?.profile).toEqual(profile);
      expect((await storage.getVisitor(visitor.id))?.profile).toEqual(profile);

      const message = {
        conversationId: conversation.id,
        clientId: 'p1',
        author: 'visitor' as const,
        authorId: null,
        text: 'hello',
        language: 'en',
      };
      // The hot path builds the row from its own statement; the re-send and the queries join it in.
      expect((await storage.appendMessage(message)).summary.visitor).toEqual(profile);
      expect((await storage.appendMessage(message)).summary.visitor).toEqual(profile);
      expect((await storage.getConversationSummary(conversation.id))?.visitor).toEqual(profile);
      const listed = await storage.listConversations({ siteId });
      expect(listed.find((row) => row.id === conversation.id)?.visitor).toEqual(profile);
      expect(await storage.updateVisitorProfile('missing', { name: 'x' })).toBeNull();
    });

    it('gives every site its own identity secret, kept out of the site record, and rotates it', async () => {
      const site = await storage.createSite({
        name: 'Signed',
        publicKey: `pk_signed_${name}`,
        allowedOrigins: [],
        defaultLanguage: 'en',
      });
      const secret = await storage.getIdentitySecret(site.id);
      expect(secret).toMatch(/^[0-9a-f]{64}$/);
      expect(secret).not.toBe(await storage.getIdentitySecret(siteId));
      expect(JSON.stringify(await storage.getSite(site.id))).not.toContain(secret);
      const rotated = await storage.rotateIdentitySecret(site.id);
      expect(rotated).toMatch(/^[0-9a-f]{64}$/);
      expect(rotated).not.toBe(secret);
      expect(await storage.getIdentitySecret(site.id)).toBe(rotated);
      expect(await storage.getIdentitySecret('missing')).toBeNull();
      expect(await storage.rotateIdentitySecret('missing')).toBeNull();
    });

    it('rates only a resolved conversation, once per resolution, with the event team metrics read', async () => {
      const visitor = await storage.createVisitor({ siteId, locale: null });
      const { conversation } = await storage.openConversation({ siteId, visitorId: visitor.id });
      const id = conversation.id;
      const ratedEvents = async () =>
        (
          await client.query<{ payload: unknown }>(
            "SELECT payload FROM events WHERE conversation_id = $1 AND type = 'conversation.rated' ORDER BY created_at",
            [id],
          )
        ).rows.map((row) => (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload));

      expect(await storage.rateConversation(id, 4, null)).toBeNull(); // still open
      await storage.resolveConversation(id);
      expect((await storage.findVisitorThread(visitor.id))?.rating).toBeNull();
      expect((await storage.rateConversation(id, 2, 'slow'))?.rating).toBe(2);
      const again = await storage.rateConversation(id, 5, null);
      expect(again).toMatchObject({ rating: 5, conversation: { id, status: 'resolved' } });
      expect((await storage.findVisitorThread(visitor.id))?.rating).toBe(5);
      expect((await ratedEvents()).map((payload) => payload.score)).toEqual([5]);
      await expect(storage.rateConversation(id, 6, null)).rejects.toThrow();

      // Reopened, the old rating is no resolution's any more; resolved again, it is a new one to rate.
      await storage.reopenConversation(id);
      expect((await storage.findVisitorThread(visitor.id))?.rating).toBeNull();
      await storage.resolveConversation(id);
      expect((await storage.findVisitorThread(visitor.id))?.rating).toBeNull();
      await storage.rateConversation(id, 3, null);
      expect((await ratedEvents()).map((payload) => payload.score)).toEqual([5, 3]);
      const facts = await storage.teamMetricsFacts({
        since: new Date(Date.now() - 60_000).toISOString(),
        until: new Date(Date.now() + 60_000).toISOString(),
        siteId,
      });
      expect(facts.conversations.find((c) => c.id === id)?.csat).toBe(3);
    });

    it('keeps the first secret offered under a name, so every relay on the database signs alike', async () => {
      expect(await storage.adoptSecret('visitor-token', 'first')).toBe('first');
      expect(await storage.adoptSecret('visitor-token', 'second')).toBe('first');
      expect(await storage.adoptSecret('other', 'second')).toBe('second');
    });

    it('runs exclusive sections one at a time', async () => {
      const order: string[] = [];
      const section = (label: string) =>
        storage.exclusive('contract-test', async () => {
          order.push(`${label}:start`);
          await storage.countSites();
          await new Promise((resolve) => setTimeout(resolve, 20));
          order.push(`${label}:end`);
        });
      await Promise.all([section('a'), section('b')]);
      // Either may go first; neither starts before the other has ended.
      const label = (entry: string | undefined) => entry?.split(':')[0];
      expect(order).toHaveLength(4);
      expect(label(order[0])).toBe(label(order[1]));
      expect(label(order[2])).toBe(label(order[3]));
      expect(order[1]?.endsWith(':end')).toBe(true);
      await storage.ping();
    });
  });
}

/**
 * Migration 007 on a database that already has sites: each gets its own identity secret in SQL, with no
 * extension, on both drivers. `openClient` must give an empty database.
 */
export function describeIdentitySecretUpgrade(name: string, openClient: () => Promise<SqlClient>): void {
  it(`${name}: gives sites that existed before migration 007 their own identity secret`, async () => {
    const client = await openClient();
    try {
      const all = await readMigrations();
      await migrate(
        client,
        all.filter((migration) => migration.version < '007'),
      );
      for (const key of ['pk_old_a', 'pk_old_b']) {
        await client.query(
          "INSERT INTO sites (id, name, public_key, default_language) VALUES ($1, 'Old', $1, 'en')",
          [key],
        );
      }
      expect(await migrate(client, all)).toContain('007_visitor_profile');
      const { rows } = await client.query<{ identity_secret: string }>('SELECT identity_secret FROM sites');
      expect(rows).toHaveLength(2);
      for (const row of rows) expect(row.identity_secret).toMatch(/^[0-9a-f]{64}$/);
      expect(rows[0]!.identity_secret).not.toBe(rows[1]!.identity_secret);
    } finally {
      await client.close();
    }
  });
}
