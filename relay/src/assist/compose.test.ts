import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type OpenAITestServer,
  startOpenAITestServer,
  testServerEnv,
  userData,
} from '../../test/openai-test-server.ts';
import { createLanguageEngine } from '../ai/index.ts';
import { OfflineEngine } from '../ai/offline/index.ts';
import { ComposeService } from './compose.ts';
import { NO_KNOWLEDGE } from './knowledge-source.ts';

describe('compose assist offline', () => {
  const compose = new ComposeService(new OfflineEngine(), NO_KNOWLEDGE);

  it('returns a draft already in the buyer’s language as written, linted', async () => {
    const result = await compose.compose({
      siteId: 's',
      draft: 'Kannst du mir ein Foto schicken?',
      agentLanguage: 'de',
      buyerLanguage: 'de',
    });
    expect(result).toMatchObject({ source: 'as_written', text: 'Kannst du mir ein Foto schicken?' });
    expect(result.warnings.map((w) => w.ruleId)).toContain('de-du');
  });

  it('offers the closest vetted script in the buyer’s language, with its meaning in the agent’s', async () => {
    const result = await compose.compose({
      siteId: 's',
      draft:
        'Please stop using the product right away and see a doctor if you feel unwell. Our staff will contact you.',
      agentLanguage: 'en',
      buyerLanguage: 'th',
      persona: { gender: 'male' },
    });
    expect(result).toMatchObject({
      source: 'template',
      templateId: 'product_safety.stop_using',
      language: 'th',
    });
    expect(result.text).toContain('หยุดใช้');
    expect(result.text).toMatch(/ครับ$/);
    expect(result.backTranslation).toMatch(/stop using/i);
  });

  it('says plainly that nothing fits, and that the draft is not in the buyer’s language', async () => {
    const result = await compose.compose({
      siteId: 's',
      draft: 'Our warehouse cat knocked over the shelf, so packing is a day late this week.',
      agentLanguage: 'en',
      buyerLanguage: 'vi',
    });
    expect(result).toMatchObject({ source: 'none', text: null, backTranslation: null });
    expect(result.warnings.map((w) => w.ruleId)).toContain('untranslated');
  });
});

describe('compose assist with an LLM (test server)', () => {
  let server: OpenAITestServer;
  beforeEach(async () => {
    server = await startOpenAITestServer();
  });
  afterEach(async () => {
    await server.close();
  });

  it('rewrites the draft for the buyer’s market and keeps order numbers and links byte-identical', async () => {
    const engine = createLanguageEngine(testServerEnv(server));
    const result = await new ComposeService(engine, NO_KNOWLEDGE).compose({
      siteId: 's',
      draft: 'Order #TH-99812 ships today, track it at https://track.example/TH-99812',
      agentLanguage: 'en',
      buyerLanguage: 'th',
      persona: { gender: 'female' },
    });
    expect(result.source).toBe('llm');
    expect(result.text).toContain('#TH-99812');
    expect(result.text).toContain('https://track.example/TH-99812');
    expect(result.backTranslation).toContain('https://track.example/TH-99812');
    const request = server.requests.find((r) => r.response_format?.json_schema?.name === 'adapted_reply')!;
    const data = userData(request) as { market: { particles?: string }; draft: string };
    expect(data.market.particles).toMatch(/ค่ะ/);
    // The model saw placeholders, not the order number or the link.
    expect(data.draft).not.toContain('https://');
  });

  it('falls back to the offline behaviour when the provider fails', async () => {
    server.answer = () => ({ status: 500, content: 'boom' });
    const engine = createLanguageEngine(testServerEnv(server));
    const result = await new ComposeService(engine, NO_KNOWLEDGE).compose({
      siteId: 's',
      draft: 'Our warehouse cat knocked over the shelf, so packing is a day late this week.',
      agentLanguage: 'en',
      buyerLanguage: 'vi',
    });
    expect(result.source).toBe('none');
  });
});
