import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { isIntent } from '../intents.ts';
import { findCultureIssues } from '../markets/culture-issues.ts';
import { marketForLanguage } from '../markets/lookup.ts';
import { templateCoverage } from './coverage.ts';
import { REPLY_TEMPLATES, replyTemplate, templatesFor } from './library.ts';
import { renderTemplate, tokensIn } from './render.ts';
import {
  REPLY_LANGUAGES,
  REPLY_SCENARIOS,
  type ReplyLanguage,
  type ReplyTemplate,
  SLOT_NAMES,
} from './types.ts';

const templates: readonly ReplyTemplate[] = REPLY_TEMPLATES;
const sampleSlots = Object.fromEntries(SLOT_NAMES.map((name) => [name, `X${name}X`]));

function written(template: ReplyTemplate): [ReplyLanguage, { text: string; gloss?: string }][] {
  return REPLY_LANGUAGES.flatMap((language) => {
    const text = template.texts[language];
    return text ? [[language, text] as [ReplyLanguage, { text: string; gloss?: string }]] : [];
  });
}

describe('reply library registry', () => {
  it('registers every template file in templates/', async () => {
    const dir = new URL('./templates/', import.meta.url);
    const files = (await readdir(dir)).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
    const registered = new Set(templates.map((template) => template.id));
    for (const file of files) {
      const module = (await import(new URL(file, dir).href)) as Record<string, readonly ReplyTemplate[]>;
      for (const exported of Object.values(module)) {
        for (const template of exported)
          expect(registered.has(template.id), `${file}: ${template.id}`).toBe(true);
      }
    }
  });

  it('has unique ids named after their scenario, valid intents, and a template for every scenario', () => {
    expect(new Set(templates.map((template) => template.id)).size).toBe(templates.length);
    for (const template of templates) {
      expect(template.id.startsWith(`${template.scenario}.`), template.id).toBe(true);
      expect(template.intents.length, template.id).toBeGreaterThan(0);
      for (const intent of template.intents) expect(isIntent(intent), `${template.id}: ${intent}`).toBe(true);
    }
    for (const scenario of REPLY_SCENARIOS) {
      expect(
        templates.some((template) => template.scenario === scenario),
        scenario,
      ).toBe(true);
    }
  });
});

describe('every template', () => {
  it('covers at least 12 languages, English included, with an English gloss for each other language', () => {
    for (const template of templates) {
      expect(written(template).length, template.id).toBeGreaterThanOrEqual(12);
      expect(template.texts.en, template.id).toBeDefined();
      for (const [language, text] of written(template)) {
        if (language !== 'en') expect(text.gloss, `${template.id} ${language}`).toBeTruthy();
      }
    }
  });

  it('uses exactly its declared slots in every language, text and gloss alike', () => {
    for (const template of templates) {
      const declared = [...template.slots].sort();
      for (const [language, { text, gloss }] of written(template)) {
        for (const source of gloss ? [text, gloss] : [text]) {
          const tokens = tokensIn(source);
          expect(tokens.slots.sort(), `${template.id} ${language}`).toEqual(declared);
          expect(tokens.unknown, `${template.id} ${language}`).toEqual([]);
        }
      }
    }
  });

  it('uses persona tokens only in Thai, where the particle is gendered', () => {
    for (const template of templates) {
      for (const [language, { text, gloss }] of written(template)) {
        if (language !== 'th') expect(tokensIn(text).persona, `${template.id} ${language}`).toEqual([]);
        if (gloss) expect(tokensIn(gloss).persona, `${template.id} ${language} gloss`).toEqual([]);
      }
    }
  });

  it('passes the culture rules of the market its language belongs to', () => {
    for (const template of templates) {
      for (const [language] of written(template)) {
        const market = marketForLanguage(language)!;
        const { text } = renderTemplate(template, language, {
          slots: sampleSlots,
          persona: { gender: 'female' },
        })!;
        expect(findCultureIssues(text, market, language), `${template.id} ${language}`).toEqual([]);
      }
    }
  });

  it('has no emoji where the market writes without them, nor in complaints and safety replies', () => {
    const emoji = /\p{Extended_Pictographic}/u;
    const solemn = new Set(['complaint_deescalation', 'negative_review_recovery', 'product_safety']);
    for (const template of templates) {
      for (const [language, { text }] of written(template)) {
        if (solemn.has(template.scenario) || marketForLanguage(language)?.emoji.policy === 'none') {
          expect(text, `${template.id} ${language}`).not.toMatch(emoji);
        }
      }
    }
  });

  it('is flagged as a commitment whenever its English promises a refund, replacement or discount', () => {
    for (const template of templates) {
      const english = template.texts.en!.text;
      if (/refund|replacement|discount|\boff\b/i.test(english)) {
        expect(template.commitments.length, template.id).toBeGreaterThan(0);
      }
    }
  });
});

describe('German templates', () => {
  it('never say du, dich or dein, and address the buyer with Sie', () => {
    for (const template of templates) {
      const german = template.texts.de!.text;
      expect(german, template.id).not.toMatch(/(?<!\p{L})(du|dich|dir|dein\p{L}*)(?!\p{L})/iu);
      expect(german, template.id).toMatch(/\b(Sie|Ihnen|Ihr|Ihre|Ihrer|Ihren|Ihrem)\b/);
    }
  });
});

describe('Thai templates', () => {
  // A line may end with a space before the particle after a URL or date, never with anything after it.
  const lines = (text: string) => text.split('\n').filter((line) => line.trim());

  it('end every line with a particle token, so the persona decides ค่ะ or ครับ', () => {
    for (const template of templates) {
      for (const line of lines(template.texts.th!.text)) {
        expect(line, template.id).toMatch(/\{particle(_q)?\}$/);
      }
    }
  });

  it('end every line with ค่ะ or คะ for a female persona, and never say ครับ', () => {
    for (const template of templates) {
      const { text } = renderTemplate(template, 'th', { slots: sampleSlots, persona: { gender: 'female' } })!;
      for (const line of lines(text)) expect(line, template.id).toMatch(/(ค่ะ|คะ)$/);
      expect(text, template.id).not.toContain('ครับ');
    }
  });

  it('end every line with ครับ for a male persona, and never say ค่ะ or คะ as a particle', () => {
    for (const template of templates) {
      const { text } = renderTemplate(template, 'th', { slots: sampleSlots, persona: { gender: 'male' } })!;
      for (const line of lines(text)) expect(line, template.id).toMatch(/ครับ$/);
      expect(text, template.id).not.toMatch(/(ค่ะ|คะ)(?=\s|$)/);
    }
  });

  it('use the shop voice ค่ะ when the persona is neutral or unset', () => {
    const template = replyTemplate('greeting.welcome')!;
    for (const persona of [{ gender: 'neutral' as const }, undefined]) {
      const { text } = renderTemplate(template, 'th', { slots: sampleSlots, persona })!;
      expect(text).toMatch(/^สวัสดีค่ะ/);
    }
  });
});

describe('English templates', () => {
  it('never open with "Dear", "Hi dear", "亲" or "honey"', () => {
    for (const template of templates) {
      const english = template.texts.en!.text;
      expect(english, template.id).not.toMatch(/^\s*((hi|hello|hey)\s+)?(dear|honey|亲|親)/i);
      expect(english, template.id).not.toMatch(/\b(honey|babe|sweetie)\b|亲|親/i);
    }
  });
});

describe('product_safety templates', () => {
  // Per language: an instruction to stop using the product, and a referral to a doctor (and nothing more medical).
  const stopUsing: Record<ReplyLanguage, RegExp> = {
    en: /stop using the product/,
    th: /หยุดใช้สินค้า/,
    vi: /ngừng sử dụng sản phẩm/,
    id: /hentikan pemakaian produk/,
    ms: /hentikan penggunaan produk/,
    tl: /tigil .*paggamit/,
    'zh-Hans': /停止使用/,
    'zh-Hant': /停止使用/,
    ja: /使用を中止/,
    ko: /사용을 중단/,
    de: /verwenden Sie das Produkt ab sofort nicht mehr/,
    fr: /cesser immédiatement d'utiliser/,
    es: /deje de usar el producto/,
    pt: /pare de usar o produto/,
    it: /smettere subito di utilizzare/,
    ar: /التوقف عن استخدام المنتج/,
  };
  const seeDoctor: Record<ReplyLanguage, RegExp> = {
    en: /see a doctor/,
    th: /พบแพทย์/,
    vi: /khám bác sĩ/,
    id: /ke dokter/,
    ms: /rawatan doktor/,
    tl: /doktor/,
    'zh-Hans': /就医/,
    'zh-Hant': /就醫/,
    ja: /医師/,
    ko: /병원/,
    de: /Arzt/,
    fr: /médecin/,
    es: /médico/,
    pt: /médico/,
    it: /medico/,
    ar: /الطبيب/,
  };

  it('tell the buyer to stop using the product and to see a doctor, in every language', () => {
    const safety = templates.filter((template) => template.scenario === 'product_safety');
    expect(safety.length).toBeGreaterThan(0);
    for (const template of safety) {
      for (const [language, { text }] of written(template)) {
        expect(text, `${template.id} ${language}`).toMatch(stopUsing[language]);
        expect(text, `${template.id} ${language}`).toMatch(seeDoctor[language]);
      }
    }
  });

  it('say a person will follow up, and promise nothing else', () => {
    for (const template of templates.filter((template) => template.scenario === 'product_safety')) {
      expect(template.texts.en!.text).toMatch(/member of our team will personally contact you/);
      expect(template.texts.th!.text).toMatch(/เจ้าหน้าที่.*ติดต่อกลับ/);
      expect(template.commitments).toEqual([]);
    }
  });
});

describe('templatesFor', () => {
  it('finds the scripts for an intent, and nothing for intents without one', () => {
    expect(templatesFor('product_safety').map((template) => template.id)).toEqual([
      'product_safety.stop_using',
    ]);
    expect(templatesFor('damaged_or_defective').map((template) => template.id)).toContain(
      'clarify_broken.which_problem',
    );
    expect(templatesFor('other')).toEqual([]);
  });
});

describe('templateCoverage', () => {
  it('counts every scenario in every language', () => {
    const coverage = templateCoverage();
    expect(coverage.total).toBe(templates.length);
    expect(coverage.scenarios).toEqual(REPLY_SCENARIOS);
    expect(coverage.matrix.pricing_discount.th).toBe(coverage.templates.pricing_discount);
    expect(coverage.completeLanguages).toEqual([...REPLY_LANGUAGES]);
  });

  it('shows gaps when a template lacks a language', () => {
    const partial: ReplyTemplate = { ...templates[0]!, texts: { en: templates[0]!.texts.en } };
    const coverage = templateCoverage([partial]);
    expect(coverage.matrix[partial.scenario].en).toBe(1);
    expect(coverage.matrix[partial.scenario].th).toBe(0);
    expect(coverage.completeLanguages).toEqual(['en']);
  });
});
