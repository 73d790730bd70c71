// What leaves the extension for the relay's assist API: the overlay's request crosses runtime messaging to the
// background worker and goes out over HTTP with the token, the agent's language and persona intact.
import { describe, expect, it } from 'vitest';
import { createHttpAssist } from './http-assist.ts';
import { answerAssistRequest, createRuntimeAssist, isAssistRequest } from './runtime-assist.ts';

function recordingFetch(
  data: unknown = { suggestions: [], intent: 'product_safety', language: 'th', degraded: false },
) {
  const requests: { url: string; headers: Record<string, string>; body: unknown }[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    requests.push({
      url,
      headers: init.headers as Record<string, string>,
      body: JSON.parse(String(init.body)),
    });
    return new Response(JSON.stringify({ data }), { status: 200 });
  }) as typeof fetch;
  return { requests, fetchImpl };
}

describe('assist requests from a seller page', () => {
  it('reach the relay’s suggest API with the persona the agent chose in the options', async () => {
    const { requests, fetchImpl } = recordingFetch();
    const background = createHttpAssist({ relayUrl: 'http://relay.test', token: 'agent-token' }, fetchImpl);
    // The content script's client, answered by the background worker as runtime messaging would.
    const page = createRuntimeAssist(async (message) => answerAssistRequest(background, message));
    const result = await page.suggest({
      text: 'ใช้ครีมนี้แล้วแพ้ค่ะ',
      history: [],
      agentLanguage: 'en',
      persona: { gender: 'male', displayName: 'Krit' },
    });
    expect(result.intent).toBe('product_safety');
    expect(requests).toEqual([
      {
        url: 'http://relay.test/api/v1/assist/suggest',
        headers: expect.objectContaining({ Authorization: 'Bearer agent-token' }),
        body: {
          text: 'ใช้ครีมนี้แล้วแพ้ค่ะ',
          history: [],
          agentLanguage: 'en',
          persona: { gender: 'male', displayName: 'Krit' },
        },
      },
    ]);
  });

  it('reach the relay’s compose API with the draft, the buyer’s language and the persona', async () => {
    const composed = {
      text: 'รบกวนหยุดใช้สินค้านี้ทันทีนะครับ',
      language: 'th',
      backTranslation: 'Please stop using this product right away.',
      source: 'template',
      templateId: 'product_safety.stop_using',
      warnings: [],
    };
    const { requests, fetchImpl } = recordingFetch(composed);
    const background = createHttpAssist({ relayUrl: 'http://relay.test', token: 'agent-token' }, fetchImpl);
    // Filtered as the background worker filters runtime messages: an operation it does not know goes unanswered.
    const page = createRuntimeAssist(async (message) =>
      isAssistRequest(message) ? answerAssistRequest(background, message) : undefined,
    );
    const result = await page.compose({
      text: 'Please stop using the product right away.',
      buyerLanguage: 'th',
      agentLanguage: 'en',
      persona: { gender: 'male' },
    });
    expect(result).toEqual(composed);
    expect(requests).toEqual([
      {
        url: 'http://relay.test/api/v1/assist/compose',
        headers: expect.objectContaining({ Authorization: 'Bearer agent-token' }),
        body: {
          text: 'Please stop using the product right away.',
          buyerLanguage: 'th',
          agentLanguage: 'en',
          persona: { gender: 'male' },
        },
      },
    ]);
  });

  it('pass the relay’s coded refusal back to the page', async () => {
    const fetchImpl = (async () =>
      new Response(JSON.stringify({ error: { code: 'message_too_long', message: 'Too long.' } }), {
        status: 413,
      })) as unknown as typeof fetch;
    const background = createHttpAssist({ relayUrl: 'http://relay.test', token: 'agent-token' }, fetchImpl);
    const page = createRuntimeAssist(async (message) => answerAssistRequest(background, message));
    await expect(page.compose({ text: 'x', buyerLanguage: 'th' })).rejects.toMatchObject({
      code: 'message_too_long',
      message: 'Too long.',
    });
  });
});
