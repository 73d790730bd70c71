import type { AgentPersona, CommitmentKind } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { OfflineEngine } from '../ai/offline/index.ts';
import type { KnowledgeAnswer, KnowledgeSource } from './knowledge-source.ts';
import { NO_KNOWLEDGE } from './knowledge-source.ts';
import { SuggestionService } from './suggest.ts';

const THAI_ALLERGY = 'ใช้ครีมนี้แล้วแพ้ค่ะ หน้าแดงเป็นผื่นเลย ต้องทำยังไงดีคะ';
const engine = new OfflineEngine();

async function suggest(
  text: string,
  options: {
    locale?: string;
    agentLanguage?: string;
    persona?: AgentPersona;
    knowledge?: KnowledgeSource;
  } = {},
) {
  const analysis = await engine.analyze({ text, ...(options.locale ? { locale: options.locale } : {}) });
  const service = new SuggestionService(engine, options.knowledge ?? NO_KNOWLEDGE);
  return service.suggest({
    siteId: 'site-1',
    text,
    analysis,
    agentLanguage: options.agentLanguage ?? 'en',
    ...(options.persona ? { persona: options.persona } : {}),
  });
}

function knowledge(answers: KnowledgeAnswer[], allowed?: CommitmentKind[]): KnowledgeSource {
  return {
    answers: async () => answers,
    allowedCommitments: async () => (allowed ? new Set(allowed) : undefined),
  };
}

describe('suggested replies offline', () => {
  it('answers the Thai allergy message with the safety script: stop using it, care, a person follows up', async () => {
    const result = await suggest(THAI_ALLERGY, { persona: { gender: 'female' } });
    expect(result.intent).toBe('product_safety');
    expect(result.suggestions).toHaveLength(3);
    const top = result.suggestions[0]!;
    expect(top).toMatchObject({
      language: 'th',
      source: 'template',
      templateId: 'product_safety.stop_using',
    });
    expect(top.text).toContain('หยุดใช้');
    expect(top.text).toContain('เจ้าหน้าที่');
    expect(top.text).toMatch(/ค่ะ$/);
    expect(top.text).not.toContain('ครับ');
    expect(top.backTranslationLanguage).toBe('en');
    expect(top.backTranslation).toMatch(/stop using/i);
    expect(top.backTranslation).toMatch(/doctor/i);
  });

  it('lets a male Thai agent end with ครับ', async () => {
    const result = await suggest(THAI_ALLERGY, { persona: { gender: 'male' } });
    const top = result.suggestions[0]!;
    expect(top.text).toMatch(/ครับ$/);
    expect(top.text).not.toMatch(/ค่ะ|คะ/);
  });

  it('writes to German buyers with Sie, never du', async () => {
    const result = await suggest('Wo bleibt meine Bestellung? Ich warte seit zwei Wochen.', {
      locale: 'de-DE',
    });
    expect(result.language).toBe('de');
    for (const suggestion of result.suggestions) {
      expect(suggestion.language).toBe('de');
      expect(suggestion.text).toMatch(/(?<!\p{L})(Sie|Ihre?[mnrs]?)(?!\p{L})/u);
      expect(suggestion.text).not.toMatch(/(?<!\p{L})(du|dich|dir|dein\w*)(?!\p{L})/iu);
    }
  });

  it('never opens English replies with "Dear" or 亲', async () => {
    for (const text of ['where is my parcel??', 'can I get a discount if I buy 3?', 'it arrived broken']) {
      const result = await suggest(text, { locale: 'en-US' });
      for (const suggestion of result.suggestions) {
        expect(suggestion.text).not.toMatch(/^\s*(hi\s+)?dear\b/i);
        expect(suggestion.text).not.toMatch(/亲|親|honey|babe/i);
      }
    }
  });

  it('asks which kind of broken before anything else when a message only says "it is broken"', async () => {
    for (const [text, language] of [
      ['坏了', 'zh-Hans'],
      ["it doesn't work", 'en'],
    ] as const) {
      const result = await suggest(text);
      const top = result.suggestions[0]!;
      expect(top.clarifying).toBe(true);
      expect(top.templateId).toBe('clarify_broken.which_problem');
      expect(top.language).toBe(language);
      expect(top.commitments).toEqual([]);
    }
  });

  it('fills the order number from the message and marks the slots left to fill', async () => {
    const result = await suggest('Order #SG2025-88412 still not shipped, where is it?', { locale: 'en-SG' });
    const withOrder = result.suggestions.find((s) => s.slots.filled.order_id);
    expect(withOrder?.slots.filled.order_id).toBe('SG2025-88412');
    expect(withOrder?.text).toContain('SG2025-88412');
    const gaps = result.suggestions.flatMap((s) => s.slots.missing);
    for (const gap of gaps) expect(result.suggestions.some((s) => s.text.includes(`[${gap}]`))).toBe(true);
  });

  it('gives the back-translation in the agent’s own language when the library has it', async () => {
    const result = await suggest(THAI_ALLERGY, { agentLanguage: 'vi' });
    expect(result.suggestions[0]).toMatchObject({ backTranslationLanguage: 'vi' });
    expect(result.suggestions[0]!.backTranslation).toMatch(/ngừng sử dụng/i);
  });

  it('puts the merchant’s own knowledge-base answer right after the lead script', async () => {
    const answer: KnowledgeAnswer = {
      entryId: 'kb-1',
      title: 'Delivery times',
      text: 'We ship within 24 hours; delivery in Singapore takes 2–3 working days.',
      language: 'en',
    };
    const result = await suggest('how long is delivery to singapore?', {
      locale: 'en-SG',
      knowledge: knowledge([answer]),
    });
    expect(result.suggestions.map((s) => s.source)).toContain('knowledge');
    expect(result.suggestions.find((s) => s.source === 'knowledge')).toMatchObject({
      knowledgeEntryId: 'kb-1',
      text: answer.text,
    });
  });

  it('flags every script that commits the shop to money or goods', async () => {
    const result = await suggest('I want my money back, the item is not what I ordered', { locale: 'en-GB' });
    for (const suggestion of result.suggestions) {
      if (/refund|replacement|discount/i.test(suggestion.backTranslation))
        expect(suggestion.commitments.length).toBeGreaterThan(0);
    }
  });

  it('flags a script’s promise the knowledge base does not allow, and not a script that declines', async () => {
    const result = await suggest('can I get a discount if I buy 3?', {
      locale: 'en-US',
      knowledge: knowledge([], ['refund']),
    });
    const decline = result.suggestions.find((s) => s.templateId === 'pricing_discount.decline');
    const offer = result.suggestions.find((s) => s.templateId === 'pricing_discount.offer');
    expect(decline?.warnings).toEqual([]);
    expect(offer?.commitments).toEqual(['discount']);
    expect(offer?.warnings.map((w) => w.ruleId)).toContain('commitment-not-allowed:discount');
  });
});
