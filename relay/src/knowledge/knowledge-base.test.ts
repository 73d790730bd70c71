import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorage } from '../storage/index.ts';
import type { SiteRecord, Storage } from '../storage/types.ts';
import { createKnowledgeBase, type KnowledgeBase, type KnowledgeInput } from './knowledge-base.ts';

const ENTRIES: KnowledgeInput[] = [
  {
    topic: 'returns',
    title: 'Returns within 30 days',
    answers: {
      en: 'Unopened products can be returned within 30 days for a full refund.',
      th: 'สินค้าที่ยังไม่ได้เปิดใช้สามารถคืนได้ภายใน 30 วัน และได้รับเงินคืนเต็มจำนวน',
      vi: 'Bạn có thể trả hàng chưa mở trong vòng 30 ngày và được hoàn tiền đầy đủ.',
      zh: '未开封的商品可在30天内退货，并全额退款。',
      ja: '未開封の商品は30日以内であれば返品でき、全額返金いたします。',
    },
    tags: ['refund'],
    allows: ['refund'],
  },
  {
    topic: 'shipping',
    title: 'Shipping times',
    answers: {
      en: 'Orders are dispatched within 24 hours; tracked delivery takes 5–9 business days.',
      th: 'จัดส่งภายใน 24 ชั่วโมง และใช้เวลาขนส่งแบบมีเลขพัสดุ 5–9 วันทำการ',
      vi: 'Đơn hàng được gửi đi trong vòng 24 giờ, giao hàng có mã theo dõi mất 5–9 ngày làm việc.',
      zh: '订单在24小时内发出，可追踪的配送需要5至9个工作日。',
    },
    tags: ['delivery'],
  },
  {
    topic: 'product',
    title: 'Centella Calming Cream ingredients',
    answers: {
      en: 'Ingredients: Aqua, Centella Asiatica Extract (52%), Glycerin, Squalane, Niacinamide. Fragrance-free.',
      th: 'ส่วนผสม: Aqua, สารสกัดใบบัวบก (52%), Glycerin, Squalane, Niacinamide ไม่มีน้ำหอม',
      zh: '面霜成分：水、积雪草提取物（52%）、甘油、角鲨烷、烟酰胺。无香精。',
    },
  },
  {
    topic: 'promotions',
    title: 'Price matching and discounts',
    answers: {
      en: 'We do not match other shops’ prices and cannot give discounts on request.',
      th: 'ทางร้านไม่มีนโยบายเทียบราคาและไม่สามารถให้ส่วนลดตามคำขอได้',
    },
  },
];

describe('KnowledgeBase', () => {
  let storage: Storage;
  let site: SiteRecord;
  let other: SiteRecord;
  let knowledge: KnowledgeBase;

  beforeAll(async () => {
    storage = await openStorage({ kind: 'memory' });
    site = await storage.createSite({
      name: 'Lumière',
      publicKey: 'pk_kb',
      allowedOrigins: [],
      defaultLanguage: 'en',
    });
    other = await storage.createSite({
      name: 'Other',
      publicKey: 'pk_kb_other',
      allowedOrigins: [],
      defaultLanguage: 'th',
    });
    knowledge = createKnowledgeBase(storage);
    for (const entry of ENTRIES) await knowledge.create(site.id, entry);
  });
  afterAll(() => storage.close());

  const titles = async (query: string, language?: string) =>
    (await knowledge.search(site.id, query, language ? { language } : {})).map((hit) => hit.title);

  it('finds Thai questions, written without spaces, and answers in Thai', async () => {
    const [hit] = await knowledge.search(site.id, 'คืนสินค้าได้ไหมคะ', { language: 'th' });
    expect(hit).toMatchObject({ title: 'Returns within 30 days', language: 'th', allows: ['refund'] });
    expect(hit?.answer).toContain('30 วัน');
    expect((await titles('ส่งกี่วันถึง'))[0]).toBe('Shipping times');
  });

  it('finds Chinese and Japanese questions', async () => {
    expect((await titles('怎么退货？'))[0]).toBe('Returns within 30 days');
    const [cream] = await knowledge.search(site.id, '这款面霜的成分是什么', { language: 'zh' });
    expect(cream).toMatchObject({ title: 'Centella Calming Cream ingredients', language: 'zh' });
    expect((await titles('返品できますか'))[0]).toBe('Returns within 30 days');
  });

  it('finds Vietnamese typed without diacritics', async () => {
    const [hit] = await knowledge.search(site.id, 'tra hang duoc khong', { language: 'vi' });
    expect(hit).toMatchObject({ title: 'Returns within 30 days', language: 'vi' });
    expect(hit?.answer).toContain('trả hàng');
    expect((await titles('giao hang mat bao lau'))[0]).toBe('Shipping times');
  });

  it('forgives English typos and partial words', async () => {
    expect((await titles('how long does shiping take'))[0]).toBe('Shipping times');
    expect((await titles('can I get a refnud'))[0]).toBe('Returns within 30 days');
    expect((await titles('retruns within 30 dyas'))[0]).toBe('Returns within 30 days');
    expect((await titles('ingredi'))[0]).toBe('Centella Calming Cream ingredients');
    expect((await titles('discont'))[0]).toBe('Price matching and discounts');
    expect(await titles('zzzz')).toEqual([]);
    expect(await titles('  ?! ')).toEqual([]);
  });

  it('answers in the site default language when the entry lacks the one asked for, and says so', async () => {
    const [hit] = await knowledge.search(site.id, 'Rückgabe refund', { language: 'de' });
    expect(hit).toMatchObject({ title: 'Returns within 30 days', language: 'en' });
    expect(hit?.answer).toMatch(/^Unopened/);
    expect(await knowledge.search(site.id, 'refund', { limit: 1 })).toHaveLength(1);
  });

  it('tells which commitments the policies allow', async () => {
    expect(await knowledge.allows(site.id, 'refund')).toBe(true);
    expect(await knowledge.allows(site.id, 'discount')).toBe(false);
    expect(await knowledge.allows(other.id, 'refund')).toBe(false);
  });

  it("keeps sites apart: another site's search finds nothing of this one", async () => {
    expect(await knowledge.search(other.id, 'refund')).toEqual([]);
    await expect(knowledge.search('missing', 'refund')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('sees writes made through another instance (another relay process) on the next search', async () => {
    const elsewhere = createKnowledgeBase(storage);
    expect(await knowledge.search(other.id, 'ผ่อนชำระ')).toEqual([]);
    const entry = await elsewhere.create(other.id, {
      topic: 'other',
      title: 'ผ่อนชำระ',
      answers: { th: 'ผ่อนชำระ 0% ได้ 3 เดือนผ่านบัตรเครดิต' },
    });
    expect((await knowledge.search(other.id, 'ผ่อนชำระ')).map((hit) => hit.id)).toEqual([entry.id]);
    await elsewhere.update(entry.id, { allows: ['discount'] });
    expect(await knowledge.allows(other.id, 'discount')).toBe(true);
    await elsewhere.delete(entry.id);
    expect(await knowledge.search(other.id, 'ผ่อนชำระ')).toEqual([]);
    expect(await knowledge.allows(other.id, 'discount')).toBe(false);
  });

  it('merges answers by language on update, keeps versions, and refuses stale or incomplete edits', async () => {
    const entry = await knowledge.create(site.id, {
      topic: 'after_sales',
      title: '  Skin   irritation ',
      answers: { en: ' Stop using it and message us a photo. ', th: 'หยุดใช้และส่งรูปให้เรา' },
      tags: ['Safety', 'safety', ' '],
      allows: ['replacement', 'refund'],
    });
    expect(entry).toMatchObject({
      title: 'Skin irritation',
      answers: { en: 'Stop using it and message us a photo.' },
      tags: ['safety'],
      allows: ['refund', 'replacement'],
    });
    const updated = await knowledge.update(entry.id, {
      answers: { th: null, vi: 'Ngừng sử dụng và gửi ảnh cho chúng tôi.' },
    });
    expect(Object.keys(updated.answers).sort()).toEqual(['en', 'vi']);
    expect(updated.version).toBe(2);
    // Nothing changes: no new version.
    expect((await knowledge.update(entry.id, { tags: ['safety'] })).version).toBe(2);
    await expect(
      knowledge.update(entry.id, { title: 'Stale' }, { expectedVersion: 1 }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(knowledge.update(entry.id, { answers: { en: null } })).rejects.toMatchObject({
      code: 'validation_failed',
      details: { issues: [{ field: 'answers.en' }] },
    });
    await expect(
      knowledge.create(site.id, { topic: 'other', title: 'Thai only', answers: { th: 'ไทยเท่านั้น' } }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    expect((await knowledge.versions(entry.id)).map((version) => version.version)).toEqual([1]);
    await expect(knowledge.update('missing', { title: 'x' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('imports CSV: creates, updates by topic and title, leaves identical entries alone, reports bad rows by line', async () => {
    const csv = [
      'topic,title,language,answer,tags,allows',
      'shipping,Shipping times,de,"Versand innerhalb von 24 Stunden, Zustellung in 5–9 Werktagen.",,',
      'shipping,Shipping times,es,"Enviamos en 24 horas; la entrega tarda de 5 a 9 días hábiles.",,',
      'shipping,Customs and duties,en,Import duties outside the EU are shown at checkout.,customs,',
      'shipping,Customs and duties,th,ภาษีนำเข้านอก EU จะแสดงตอนชำระเงิน,,',
      'gossip,Rumours,en,Nothing to see,,',
      'returns,Returns within 30 days,en,Unopened products can be returned within 30 days for a full refund.,refund,refund',
      'returns,Returns within 30 days,en,A second English answer,,',
      'promotions,Coupons,th,ใช้คูปองได้ครั้งเดียว,,cashback',
    ].join('\r\n');
    const report = await knowledge.import(site.id, 'csv', csv);
    expect(report).toMatchObject({ created: 1, updated: 1, unchanged: 1 });
    expect(report.skipped).toEqual([
      { line: 6, reason: expect.stringContaining('unknown topic "gossip"') },
      {
        line: 8,
        reason: expect.stringContaining(
          'a second en answer for "Returns within 30 days" (the first is on line 7)',
        ),
      },
      { line: 9, reason: expect.stringContaining('unknown commitment "cashback"') },
    ]);
    const [shipping] = await knowledge.search(site.id, 'Versand', { language: 'de' });
    expect(shipping).toMatchObject({ title: 'Shipping times', language: 'de', version: 2 });
    expect(shipping?.tags).toEqual(['delivery']);
    expect((await knowledge.search(site.id, 'ภาษีนำเข้า', { language: 'th' }))[0]?.title).toBe(
      'Customs and duties',
    );

    // The same file again changes nothing.
    expect(await knowledge.import(site.id, 'csv', csv)).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 3,
    });
  });

  it('imports Markdown with per-language sections and reports a bad heading by line', async () => {
    const markdown = [
      '# Lumière knowledge base', // 1
      'Written by the support team.', // 2
      '', // 3
      '## Gift wrapping', // 4
      'topic: other', // 5
      'tags: gift, wrapping', // 6
      '', // 7
      'We gift-wrap any order for free; add a note at checkout.', // 8
      '', // 9
      '### th', // 10
      'ห่อของขวัญฟรีทุกออเดอร์ ใส่หมายเหตุตอนชำระเงิน', // 11
      '', // 12
      '### thai-ish notes', // 13
      'ignored', // 14
      '', // 15
      '## Loyalty points', // 16
      'topic: loyalty', // 17
      'Points never expire.', // 18
    ].join('\n');
    const report = await knowledge.import(site.id, 'markdown', markdown);
    expect(report).toMatchObject({ created: 1, updated: 0, unchanged: 0 });
    expect(report.entries).toEqual([
      { line: 4, id: expect.any(String), title: 'Gift wrapping', result: 'created' },
    ]);
    expect(report.skipped).toEqual([
      { line: 13, reason: expect.stringContaining('"thai-ish" is not a language code') },
      { line: 17, reason: expect.stringContaining('unknown topic "loyalty"') },
    ]);
    const [hit] = await knowledge.search(site.id, 'ห่อของขวัญ', { language: 'th' });
    expect(hit).toMatchObject({
      title: 'Gift wrapping',
      topic: 'other',
      tags: ['gift', 'wrapping'],
      language: 'th',
    });
  });

  it('refuses an import of more entries than one import may hold', async () => {
    const rows = Array.from({ length: 501 }, (_, i) => `other,Entry ${i},en,Answer ${i}`);
    await expect(
      knowledge.import(site.id, 'csv', ['topic,title,language,answer', ...rows].join('\n')),
    ).rejects.toMatchObject({
      code: 'payload_too_large',
    });
    await expect(knowledge.import(site.id, 'csv', 'name,text\nx,y')).rejects.toMatchObject({
      code: 'validation_failed',
    });
  });
});
