import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelay, type TestRelay } from '../../test/relay-fixture.ts';
import type { ImportReport, KnowledgeHit } from '../knowledge/knowledge-base.ts';
import type { KnowledgeEntry, KnowledgeVersion, SiteRecord } from '../storage/types.ts';

interface ErrorAnswer {
  error: { code: string; message: string; details?: unknown };
}

describe('/api/v1 knowledge base', () => {
  let relay: TestRelay;
  let shop: SiteRecord;
  let otherShop: SiteRecord;
  let shopAdmin: string;
  let shopAgent: string;
  let otherAgent: string;

  beforeAll(async () => {
    relay = await startRelay();
    shop = await relay.createSite({ name: 'Bangkok Beauty', defaultLanguage: 'en', languages: ['th', 'zh'] });
    otherShop = await relay.createSite({ name: 'Hanoi Home', defaultLanguage: 'vi' });
    shopAdmin = (await relay.createAgent({ siteId: shop.id, role: 'admin', language: 'th' })).token;
    shopAgent = (await relay.createAgent({ siteId: shop.id, language: 'th' })).token;
    otherAgent = (await relay.createAgent({ siteId: otherShop.id, language: 'vi' })).token;
  });
  afterAll(() => relay.stop());

  const body = async <T>(res: Response): Promise<T> => ((await res.json()) as { data: T }).data;
  const error = async (res: Response) => ((await res.json()) as ErrorAnswer).error;
  const create = (siteId: string, entry: object, token = relay.adminToken) =>
    relay.api(`/api/v1/sites/${siteId}/knowledge`, { method: 'POST', token, body: JSON.stringify(entry) });
  const patch = (id: string, change: object, token = relay.adminToken) =>
    relay.api(`/api/v1/knowledge/${id}`, { method: 'PATCH', token, body: JSON.stringify(change) });
  const search = async (siteId: string, query: Record<string, string>, token = relay.adminToken) => {
    const res = await relay.api(`/api/v1/sites/${siteId}/knowledge/search?${new URLSearchParams(query)}`, {
      token,
    });
    expect(res.status).toBe(200);
    return body<KnowledgeHit[]>(res);
  };
  const upload = (siteId: string, type: string, file: string, token = relay.adminToken) =>
    relay.api(`/api/v1/sites/${siteId}/knowledge/import`, {
      method: 'POST',
      token,
      body: file,
      headers: { 'Content-Type': type },
    });

  it('creates, reads, changes with versions, refuses a stale change with conflict, and deletes', async () => {
    const res = await create(shop.id, {
      topic: 'returns',
      title: 'Returns within 30 days',
      answers: { en: 'Unopened items can be returned within 30 days.', th: 'คืนสินค้าได้ภายใน 30 วัน' },
      allows: ['refund'],
    });
    expect(res.status).toBe(201);
    const entry = await body<KnowledgeEntry>(res);
    expect(entry).toMatchObject({ siteId: shop.id, version: 1, allows: ['refund'], tags: [] });

    const changed = await patch(
      entry.id,
      { expectedVersion: 1, answers: { zh: '30天内可退货', th: null } },
      shopAdmin,
    );
    expect(changed.status).toBe(200);
    const v2 = await body<KnowledgeEntry>(changed);
    expect(v2.version).toBe(2);
    expect(Object.keys(v2.answers).sort()).toEqual(['en', 'zh']);

    const stale = await patch(entry.id, { expectedVersion: 1, title: 'Returns' });
    expect(stale.status).toBe(409);
    expect(await error(stale)).toMatchObject({ code: 'conflict', details: { currentVersion: 2 } });

    const versions = await relay.api(`/api/v1/knowledge/${entry.id}/versions`, { token: shopAgent });
    expect(
      (await body<KnowledgeVersion[]>(versions)).map((v) => [v.version, Object.keys(v.content.answers)]),
    ).toEqual([[1, ['en', 'th']]]);
    expect(
      await body<KnowledgeEntry>(await relay.api(`/api/v1/knowledge/${entry.id}`, { token: shopAgent })),
    ).toEqual(v2);

    const listed = await relay.api(`/api/v1/sites/${shop.id}/knowledge?topic=returns`, { token: shopAgent });
    expect((await body<KnowledgeEntry[]>(listed)).map((e) => e.id)).toEqual([entry.id]);
    const none = await relay.api(`/api/v1/sites/${shop.id}/knowledge?topic=shipping`, { token: shopAgent });
    expect(await body<KnowledgeEntry[]>(none)).toEqual([]);

    const deleted = await relay.api(`/api/v1/knowledge/${entry.id}`, { method: 'DELETE', token: shopAdmin });
    expect(deleted.status).toBe(200);
    expect((await relay.api(`/api/v1/knowledge/${entry.id}`)).status).toBe(404);
    expect((await relay.api(`/api/v1/knowledge/${entry.id}/versions`)).status).toBe(404);
  });

  it("keeps agents to their own site's knowledge: another site's answers not_found, and only admins write", async () => {
    const entry = await body<KnowledgeEntry>(
      await create(otherShop.id, {
        topic: 'shipping',
        title: 'Giao hàng',
        answers: { vi: 'Giao hàng toàn quốc trong 2–4 ngày.' },
      }),
    );
    // Site A's agents see nothing of site B, exactly as if it did not exist.
    for (const path of [
      `/api/v1/knowledge/${entry.id}`,
      `/api/v1/knowledge/${entry.id}/versions`,
      `/api/v1/sites/${otherShop.id}/knowledge`,
      `/api/v1/sites/${otherShop.id}/knowledge/search?q=giao`,
    ]) {
      const res = await relay.api(path, { token: shopAgent });
      expect(res.status, path).toBe(404);
      expect((await error(res)).code).toBe('not_found');
    }
    expect((await patch(entry.id, { title: 'Mine' }, shopAdmin)).status).toBe(404);
    expect(
      (await relay.api(`/api/v1/knowledge/${entry.id}`, { method: 'DELETE', token: shopAdmin })).status,
    ).toBe(404);
    expect(
      (await create(otherShop.id, { topic: 'other', title: 'x', answers: { vi: 'x' } }, shopAdmin)).status,
    ).toBe(404);
    expect((await upload(otherShop.id, 'text/csv', 'title,language,answer\nx,vi,x', shopAdmin)).status).toBe(
      404,
    );

    // Their own site: plain agents read and search, but may not write.
    expect((await search(otherShop.id, { q: 'giao hang' }, otherAgent)).map((hit) => hit.id)).toEqual([
      entry.id,
    ]);
    const refused = await patch(entry.id, { title: 'Mine' }, otherAgent);
    expect(refused.status).toBe(403);
    expect((await error(refused)).code).toBe('forbidden');
    expect(
      (await create(otherShop.id, { topic: 'other', title: 'x', answers: { vi: 'x' } }, otherAgent)).status,
    ).toBe(403);
    expect((await upload(otherShop.id, 'text/csv', 'title,language,answer\nx,vi,x', otherAgent)).status).toBe(
      403,
    );
  });

  it('searches in Thai, Chinese, Vietnamese without diacritics and English with typos', async () => {
    const site = await relay.createSite({ name: 'Search', defaultLanguage: 'en' });
    const entries = [
      {
        topic: 'shipping',
        title: 'Shipping times',
        answers: {
          en: 'Orders ship within 24 hours; tracked delivery takes 5–9 business days.',
          th: 'จัดส่งภายใน 24 ชั่วโมง ใช้เวลาขนส่ง 5–9 วันทำการ',
          zh: '订单24小时内发货，配送需要5至9个工作日。',
          vi: 'Đơn hàng được gửi trong 24 giờ, giao hàng mất 5–9 ngày làm việc.',
        },
      },
      {
        topic: 'returns',
        title: 'Returns and refunds',
        answers: {
          en: 'Unopened products can be returned within 30 days for a full refund.',
          th: 'สินค้าที่ยังไม่เปิดใช้คืนได้ภายใน 30 วัน และได้รับเงินคืนเต็มจำนวน',
          zh: '未开封的商品30天内可以退货退款。',
          vi: 'Sản phẩm chưa mở có thể trả hàng trong 30 ngày và được hoàn tiền.',
        },
        allows: ['refund'],
      },
    ];
    for (const entry of entries) expect((await create(site.id, entry)).status).toBe(201);

    const [thai] = await search(site.id, { q: 'ขอคืนเงินได้ไหม', language: 'th' });
    expect(thai).toMatchObject({ title: 'Returns and refunds', language: 'th', allows: ['refund'] });
    expect((await search(site.id, { q: '多久能发货', language: 'zh' }))[0]).toMatchObject({
      title: 'Shipping times',
      language: 'zh',
    });
    const [vietnamese] = await search(site.id, { q: 'tra hang hoan tien', language: 'vi' });
    expect(vietnamese).toMatchObject({ title: 'Returns and refunds', language: 'vi' });
    expect(vietnamese?.answer).toContain('trả hàng');
    expect(
      (await search(site.id, { q: 'how long is delivrey', limit: '1' })).map((hit) => hit.title),
    ).toEqual(['Shipping times']);
    // Asked in Japanese, which no entry has: the English answer, marked as English.
    expect((await search(site.id, { q: 'refund', language: 'ja' }))[0]).toMatchObject({ language: 'en' });

    const bad = await relay.api(`/api/v1/sites/${site.id}/knowledge/search?q=&limit=500&language=Thai`);
    expect(bad.status).toBe(400);
    const fields = ((await error(bad)).details as { issues: { field: string }[] }).issues.map((i) => i.field);
    expect(fields.sort()).toEqual(['language', 'limit', 'q']);
  });

  it('imports CSV and Markdown, reporting bad rows by line and importing the rest', async () => {
    const site = await relay.createSite({ name: 'Importer', defaultLanguage: 'en' });
    const csv = [
      'topic,title,language,answer,tags,allows',
      'shipping,Delivery,en,Tracked delivery in 5–9 business days.,delivery,',
      'shipping,Delivery,th,จัดส่ง 5–9 วันทำการ,,',
      'returns,Returns,en,Return unopened items within 30 days.,,refund;free_return',
      'returns,Returns,klingon,Qapla,,',
      'promotions,Price match,th,ไม่มีการเทียบราคา,,',
    ].join('\n');
    const res = await upload(site.id, 'text/csv; charset=utf-8', csv);
    expect(res.status).toBe(200);
    const report = await body<ImportReport>(res);
    expect(report).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    expect(report.skipped).toEqual([
      { line: 5, reason: expect.stringContaining('"klingon" is not a language code') },
      { line: 6, reason: expect.stringContaining('default language (en) is required') },
    ]);

    const markdown = ['## Delivery', 'topic: shipping', '', '### zh', '5至9个工作日送达。'].join('\n');
    const md = await body<ImportReport>(await upload(site.id, 'text/markdown', markdown));
    expect(md).toMatchObject({ created: 0, updated: 1, skipped: [] });
    const delivery = (
      await body<KnowledgeEntry[]>(await relay.api(`/api/v1/sites/${site.id}/knowledge?topic=shipping`))
    )[0];
    expect(Object.keys(delivery?.answers ?? {}).sort()).toEqual(['en', 'th', 'zh']);
    expect(delivery).toMatchObject({ version: 2, tags: ['delivery'] });
  });

  it('answers oversized, empty, malformed and wrongly typed bodies with coded errors', async () => {
    const big = `title,language,answer\n${'x,en,'.padEnd(300 * 1024, 'y')}`;
    const oversized = await upload(shop.id, 'text/csv', big);
    expect(oversized.status).toBe(413);
    expect((await error(oversized)).code).toBe('payload_too_large');

    const json = await upload(shop.id, 'application/json', '{"title":"x"}');
    expect(json.status).toBe(415);
    expect((await error(json)).code).toBe('unsupported_media_type');
    expect((await error(await upload(shop.id, 'text/csv', '  '))).code).toBe('bad_request');
    const noColumns = await upload(shop.id, 'text/csv', 'question,reply\nx,y');
    expect(noColumns.status).toBe(400);
    expect((await error(noColumns)).code).toBe('validation_failed');
    expect((await error(await upload(shop.id, 'text/markdown', 'just text'))).code).toBe('validation_failed');

    const malformed = await relay.api(`/api/v1/sites/${shop.id}/knowledge`, {
      method: 'POST',
      body: '{"topic":',
    });
    expect(malformed.status).toBe(400);
    expect((await error(malformed)).code).toBe('bad_request');
    const invalid = await create(shop.id, { topic: 'gossip', title: '', answers: {}, allows: ['cashback'] });
    expect(invalid.status).toBe(400);
    const fields = ((await error(invalid)).details as { issues: { field: string }[] }).issues.map(
      (i) => i.field,
    );
    expect(fields).toEqual(expect.arrayContaining(['topic', 'title', 'answers', 'allows.0']));
    const tooLong = await create(shop.id, {
      topic: 'other',
      title: 'Long',
      answers: { en: 'x'.repeat(4001) },
    });
    expect((await error(tooLong)).code).toBe('validation_failed');
    const noDefault = await create(shop.id, { topic: 'other', title: 'Thai only', answers: { th: 'ไทย' } });
    expect(await error(noDefault)).toMatchObject({
      code: 'validation_failed',
      details: { issues: [{ field: 'answers.en' }] },
    });
    const first = await create(shop.id, { topic: 'other', title: 'Twice', answers: { en: 'Once' } });
    expect(first.status).toBe(201);
    const twice = await create(shop.id, { topic: 'other', title: ' twice ', answers: { en: 'Again' } });
    expect(twice.status).toBe(409);
    expect((await error(twice)).code).toBe('conflict');
  });

  it('documents every knowledge route in the OpenAPI document', async () => {
    const document = (await (await fetch(`${relay.url}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { parameters?: { name: string }[]; description?: string }>>;
    };
    const paths = document.paths;
    expect(Object.keys(paths['/api/v1/sites/{siteId}/knowledge'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(paths['/api/v1/knowledge/{id}'] ?? {}).sort()).toEqual(['delete', 'get', 'patch']);
    expect(paths['/api/v1/knowledge/{id}/versions']?.get).toBeDefined();
    const search = paths['/api/v1/sites/{siteId}/knowledge/search']?.get;
    expect(search?.parameters?.map((p) => p.name)).toEqual(['siteId', 'q', 'language', 'limit']);
    expect(paths['/api/v1/sites/{siteId}/knowledge/import']?.post?.description).toContain('### th');
  });

  it('gives the demo store a knowledge base its agent can search in ten languages', async () => {
    const demo = relay.demo?.site.id ?? '';
    const ask = async (q: string, language: string) =>
      (await search(demo, { q, language }, relay.demoAgentToken))[0];
    expect(await ask('how long does shipping take', 'en')).toMatchObject({
      topic: 'shipping',
      language: 'en',
    });
    expect(await ask('ครีมนี้มีส่วนผสมอะไรบ้าง', 'th')).toMatchObject({ topic: 'product', language: 'th' });
    expect((await ask('面霜的成分', 'zh'))?.answer).toContain('Centella Asiatica Extract (52%)');
    expect(await ask('tra hang hoan tien', 'vi')).toMatchObject({ topic: 'returns', language: 'vi' });
    expect(await ask('Rückgabe Erstattung', 'de')).toMatchObject({ topic: 'returns', language: 'de' });
    expect(await ask('¿me hacen un descuento?', 'es')).toMatchObject({ topic: 'promotions', language: 'es' });
    expect(await ask('返品したい', 'ja')).toMatchObject({ topic: 'returns', language: 'ja' });
    expect(await ask('barang rusak', 'id')).toMatchObject({ title: 'Damaged or wrong item received' });
    expect(await ask('berapa lama penghantaran', 'ms')).toMatchObject({ topic: 'shipping', language: 'ms' });
    expect(await ask('cupom de desconto', 'pt')).toMatchObject({ topic: 'promotions', language: 'pt' });
    expect(await relay.knowledge.allows(demo, 'refund')).toBe(true);
    expect(await relay.knowledge.allows(demo, 'discount')).toBe(false);
  });
});
