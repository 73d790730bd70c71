// What leaves the extension for the relay's assist API: the overlay's request crosses runtime messaging to the
// background worker and goes out over HTTP with the token, the agent's language and persona intact.
import { describe, expect, it } from 'vitest';
import { createHttpAssist } from './http-assist.ts';
import { answerAssistRequest, createRuntimeAssist } from './runtime-assist.ts';

function recordingFetch() {
  const requests: { url: string; headers: Record<string, string>; body: unknown }[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    requests.push({
      url,
      headers: init.headers as Record<string, string>,
      body: JSON.parse(String(init.body)),
    });
    const data = { suggestions: [], intent: 'product_safety', language: 'th', degraded: false };
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
});
