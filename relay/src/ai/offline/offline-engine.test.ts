import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OfflineEngine } from './index.ts';

const engine = new OfflineEngine();

function readSet(name: string): { text: string; intent: string }[] {
  return readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { text: string; intent: string });
}

function normalizeForOverlap(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\p{P}\s]+/gu, ' ')
    .trim();
}

describe('OfflineEngine', () => {
  it('tags a Thai allergy message as Thai product_safety with high urgency', async () => {
    const analysis = await engine.analyze({ text: 'ใช้ครีมนี้แล้วแพ้ค่ะ ผื่นขึ้น ทำยังไงดีคะ' });
    expect(analysis).toMatchObject({
      language: 'th',
      intent: 'product_safety',
      urgency: 'high',
      degraded: false,
    });
  });

  it('reports the buyer’s mood and the order facts an agent needs', async () => {
    const analysis = await engine.analyze({
      text: 'Worst shop ever 😡 order #A12345 never came, I paid ฿950. Call me +66 81 234 5678',
      glossaryTerms: ['Centella Calming Cream'],
    });
    expect(analysis.sentiment).toBe('negative');
    expect(analysis.entities).toMatchObject({
      orderNumbers: ['A12345'],
      phones: ['+66 81 234 5678'],
      amounts: [{ value: 950, currency: 'THB', text: '฿950' }],
      products: [],
    });
  });

  it('reads meaning, not the first keyword: a working box with a dead product is a defect', async () => {
    const analysis = await engine.analyze({ text: 'The box was fine but it stopped working' });
    expect(analysis.intent).toBe('damaged_or_defective');
  });

  it('escalates a vague follow-up to an earlier harm report', async () => {
    const analysis = await engine.analyze({
      text: 'what should I do now?',
      history: ['my lips are swollen after using your lipstick'],
    });
    expect(analysis).toMatchObject({ intent: 'product_safety', urgency: 'high' });
  });

  it('does not treat an expired voucher as a safety incident', async () => {
    const analysis = await engine.analyze({
      text: 'my voucher code expired yesterday, can you give me a new one?',
    });
    expect(analysis.intent).not.toBe('product_safety');
  });

  it('falls back to the browser locale for emoji-only messages, which still carry intent', async () => {
    const analysis = await engine.analyze({ text: '🙏🙏', locale: 'vi-VN' });
    expect(analysis).toMatchObject({ language: 'vi', region: 'VN', intent: 'greeting_thanks' });
  });

  it('admits it has no intent evidence for a script it never saw', async () => {
    const analysis = await engine.analyze({ text: 'ႭႬႨ' });
    expect(analysis).toMatchObject({ intent: 'other', confidence: 0 });
  });

  it('carries the Chinese script separately', async () => {
    expect(await engine.analyze({ text: '請問這個還有貨嗎？' })).toMatchObject({
      language: 'zh',
      script: 'Hant',
    });
    expect(await engine.analyze({ text: '请问这个还有货吗？' })).toMatchObject({
      language: 'zh',
      script: 'Hans',
    });
  });

  for (const set of ['intents.dev.jsonl', 'intents.test.jsonl']) {
    it(`finds every product_safety message of the held-out ${set} (recall 100%)`, async () => {
      const missed = [];
      for (const row of readSet(set).filter((r) => r.intent === 'product_safety')) {
        const analysis = await engine.analyze({ text: row.text });
        if (analysis.intent !== 'product_safety' || analysis.urgency !== 'high') missed.push(row.text);
      }
      expect(missed).toEqual([]);
    });

    it(`never trains on a message of ${set}, even with different case or punctuation`, () => {
      const training = new Set(readSet('intents.train.jsonl').map((row) => normalizeForOverlap(row.text)));
      expect(readSet(set).filter((row) => training.has(normalizeForOverlap(row.text)))).toEqual([]);
    });
  }
});
