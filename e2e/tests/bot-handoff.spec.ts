// Around the clock: outside business hours a Vietnamese shopper asking about returns gets the knowledge-base answer
// in Vietnamese from the bot, labelled as automated; asking for a person hands the chat over, and the agent who picks
// it up reads the whole thread translated. The relay runs as a real process with the LLM engine pointed at the
// project's OpenAI-compatible TEST server (it answers from a script; no model is involved).
import {
  analysisAnswer,
  type ChatRequest,
  defaultAnswer,
  type OpenAITestServer,
  startOpenAITestServer,
  testServerEnv,
  userData,
} from '@parley/relay/testing/openai-test-server';
import { type RelayProcess, spawnRelay } from '@parley/relay/testing/relay-process';
import type { ConversationSummary } from '@parley/shared';
import { expect, test } from '@playwright/test';
import {
  closeShops,
  launchChromium,
  messagesOf,
  onlyConversation,
  openChat,
  openShop,
} from './widget-harness.ts';

let relay: RelayProcess;
let llm: OpenAITestServer;

test.beforeAll(async () => {
  llm = await startOpenAITestServer();
  // Reads Vietnamese; a returns question is return_refund. Translations are the test server's "[en] …".
  llm.answer = (request: ChatRequest) => {
    if (request.response_format?.json_schema?.name !== 'analysis') return defaultAnswer(request);
    const text = String(userData(request).buyer_message);
    return analysisAnswer('vi', /đổi trả|trả hàng/.test(text) ? 'return_refund' : 'other');
  };
  relay = await spawnRelay({ env: testServerEnv(llm) });
  const sites = (await (await relay.api('/api/v1/sites')).json()) as { data: { id: string }[] };
  const closed = {
    timeZone: 'UTC',
    intervals: [{ day: (new Date().getUTCDay() + 3) % 7, from: '09:00', to: '10:00' }],
  };
  const patched = await relay.api(`/api/v1/sites/${sites.data[0]!.id}`, {
    method: 'PATCH',
    body: JSON.stringify({ autoReply: { mode: 'after_hours' }, businessHours: closed }),
  });
  expect(patched.status).toBe(200);
});

test.afterAll(async () => {
  await closeShops();
  await relay?.stop();
  await llm?.close();
});

test('after hours the bot answers in Vietnamese from the knowledge base, then hands over to a person', async () => {
  const browser = await launchChromium();
  try {
    const page = await openShop(await browser.newContext(), relay.url, { data: { locale: 'vi' } });
    const chat = await openChat(page);
    const input = chat.getByTestId('composer-input');
    await input.fill('Shop ơi, em muốn đổi trả hàng thì làm thế nào ạ?');
    await input.press('Enter');

    const bot = chat.locator('[data-author="bot"]');
    await expect(bot.first()).toContainText('30 ngày', { timeout: 20_000 }); // the returns policy, in Vietnamese
    await expect(bot.first()).toContainText('trả lời tự động'); // labelled as automated, in Vietnamese

    await input.fill('cho em gặp nhân viên với ạ');
    await input.press('Enter');
    await expect(bot).toHaveCount(2, { timeout: 20_000 });
    await expect(bot.nth(1)).toContainText('Nhân viên sẽ trả lời');

    // The agent picks it up and reads every message, the shopper's and the bot's, in their own language.
    const conversationId = await onlyConversation(relay);
    const agents = (await (await relay.api('/api/v1/agents')).json()) as { data: { id: string }[] };
    const assigned = await relay.api(`/api/v1/conversations/${conversationId}/assign`, {
      method: 'POST',
      body: JSON.stringify({ agentId: agents.data[0]!.id }),
    });
    expect(assigned.status).toBe(200);
    await expect
      .poll(
        async () => (await messagesOf(relay, conversationId)).map((m) => [m.author, !!m.translations.en]),
        {
          timeout: 20_000,
        },
      )
      .toEqual([
        ['visitor', true],
        ['bot', true],
        ['visitor', true],
        ['bot', true],
      ]);
    const summary = (await (await relay.api(`/api/v1/conversations/${conversationId}`)).json()) as {
      data: ConversationSummary;
    };
    expect(summary.data.handedOffAt).not.toBeNull();
  } finally {
    await browser.close();
  }
});
