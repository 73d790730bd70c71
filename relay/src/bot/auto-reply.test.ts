// The auto-reply bot through the real relay: sockets in, bot messages out, hand-offs recorded.
import type { AutoReplySettings, BusinessHours, ConversationSummary, Message } from '@parley/shared';
import { afterEach, describe, expect, it } from 'vitest';
import {
  analysisAnswer,
  type ChatRequest,
  defaultAnswer,
  type OpenAITestServer,
  startOpenAITestServer,
  testServerEnv,
  userData,
} from '../../test/openai-test-server.ts';
import {
  collect,
  expectOk,
  request,
  startRelay,
  type TestRelay,
  untyped,
  type VisitorClient,
} from '../../test/relay-fixture.ts';
import { botTexts } from './bot-texts.ts';

const relays: TestRelay[] = [];
let server: OpenAITestServer | undefined;
afterEach(async () => {
  for (const relay of relays.splice(0)) await relay.stop();
  await server?.close();
  server = undefined;
});

/** Business hours that exclude the present: one hour, three days from today. */
function closedNow(): BusinessHours {
  return {
    timeZone: 'UTC',
    intervals: [{ day: (new Date().getUTCDay() + 3) % 7, from: '09:00', to: '10:00' }],
  };
}

async function relayWithBot(autoReply: AutoReplySettings, options: Parameters<typeof startRelay>[0] = {}) {
  const relay = await startRelay(options);
  relays.push(relay);
  const sites = (await (await relay.api('/api/v1/sites')).json()) as { data: { id: string }[] };
  const patched = await relay.api(`/api/v1/sites/${sites.data[0]!.id}`, {
    method: 'PATCH',
    body: JSON.stringify({ autoReply, businessHours: autoReply.mode === 'after_hours' ? closedNow() : null }),
  });
  expect(patched.status).toBe(200);
  return relay;
}

/** Resolves with the first message the socket receives that matches. */
function nextMessage(socket: VisitorClient, match: (message: Message) => boolean): Promise<Message> {
  return new Promise((resolve) => {
    const listener = (message: Message) => {
      if (!match(message)) return;
      untyped(socket).off('message', listener);
      resolve(message);
    };
    untyped(socket).on('message', listener);
  });
}

const fromBot = (message: Message) => message.author === 'bot';

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('auto-reply bot', () => {
  it('after hours answers a Vietnamese returns question from the knowledge base, hands off on request, and the agent reads it all translated', async () => {
    server = await startOpenAITestServer();
    // A model that reads Vietnamese; translations are the default "[en] …" of the test server.
    server.answer = (request: ChatRequest) => {
      if (request.response_format?.json_schema?.name !== 'analysis') return defaultAnswer(request);
      const text = String(userData(request).buyer_message);
      return analysisAnswer('vi', /đổi trả|trả hàng/.test(text) ? 'return_refund' : 'other');
    };
    const relay = await relayWithBot(
      { mode: 'after_hours', delaySeconds: 120 },
      { env: testServerEnv(server) },
    );
    const { socket: visitor } = await relay.visitor({ locale: 'vi-VN' });

    const answered = nextMessage(visitor, fromBot);
    const question = expectOk(
      await request<Message>(untyped(visitor), 'message:send', {
        clientId: 'q1',
        text: 'Shop ơi, em muốn đổi trả hàng thì làm thế nào ạ?',
      }),
    );
    const answer = await answered;
    expect(answer.language).toBe('vi');
    expect(answer.text).toContain('30 ngày'); // the demo knowledge base's returns policy, in Vietnamese
    expect(answer.text).toContain(botTexts('vi').askForPerson);

    const handedOff = nextMessage(visitor, (m) => fromBot(m) && m.seq > answer.seq);
    expectOk(
      await request<Message>(untyped(visitor), 'message:send', {
        clientId: 'q2',
        text: 'cho em gặp nhân viên với ạ',
      }),
    );
    const handoff = await handedOff;
    expect(handoff.text).toContain(botTexts('vi').handoff);
    expect(handoff.text).toContain('Nhân viên sẽ quay lại'); // when the team is back

    const summary = (await (await relay.api(`/api/v1/conversations/${question.conversationId}`)).json()) as {
      data: ConversationSummary;
    };
    expect(summary.data.handedOffAt).not.toBeNull();

    // The agent picking it up reads every shopper and bot message in their own language.
    const history = await waitFor(
      async () =>
        (
          (await (await relay.api(`/api/v1/conversations/${question.conversationId}/messages`)).json()) as {
            data: Message[];
          }
        ).data,
      (messages) => messages.length === 4 && messages.every((m) => m.translations.en),
    );
    expect(history.map((m) => m.author)).toEqual(['visitor', 'bot', 'visitor', 'bot']);
    expect(history[1]!.translations.en).toMatch(/^\[en\] /);
  });

  it('after hours also answers within business hours while no agent of the site is connected, and not once one is', async () => {
    const relay = await startRelay();
    relays.push(relay);
    // No business hours: always open, so only the team's presence decides.
    await relay.api(`/api/v1/sites/${relay.demo!.site.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ autoReply: { mode: 'after_hours', delaySeconds: 120 }, businessHours: null }),
    });
    const { socket: alone } = await relay.visitor({ locale: 'en-US' });
    const answered = nextMessage(alone, fromBot);
    expectOk(
      await request<Message>(untyped(alone), 'message:send', {
        clientId: 'e1',
        text: 'how long does shipping take?',
      }),
    );
    expect((await answered).text).toContain(botTexts('en').askForPerson);

    await relay.agent();
    const { socket: attended } = await relay.visitor({ locale: 'en-US' });
    const heard = collect<Message>(untyped(attended), 'message');
    expectOk(
      await request<Message>(untyped(attended), 'message:send', {
        clientId: 'e2',
        text: 'how long does shipping take?',
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(heard.filter(fromBot)).toEqual([]);
  });

  it('only acknowledges a Thai allergy report, hands it to a person, and puts it first in the queue', async () => {
    const relay = await relayWithBot({ mode: 'always', delaySeconds: 0 });
    const { socket: first } = await relay.visitor({ locale: 'en-US' });
    const firstAnswer = nextMessage(first, fromBot);
    expectOk(
      await request<Message>(untyped(first), 'message:send', { clientId: 'w1', text: 'where is my order?' }),
    );
    await firstAnswer;

    const { socket: thai } = await relay.visitor({ locale: 'th-TH' });
    const acknowledged = nextMessage(thai, fromBot);
    const report = expectOk(
      await request<Message>(untyped(thai), 'message:send', {
        clientId: 't1',
        text: 'ใช้ครีมนี้แล้วแพ้ค่ะ หน้าแดงเป็นผื่นเลย ต้องทำยังไงดีคะ',
      }),
    );
    const reply = await acknowledged;
    expect(reply.text).toBe(botTexts('th').safety);
    const queue = (await (await relay.api('/api/v1/conversations?status=open&assignee=none')).json()) as {
      data: ConversationSummary[];
    };
    expect(queue.data[0]).toMatchObject({ id: report.conversationId, urgency: 'high' });
    expect(queue.data[0]!.handedOffAt).not.toBeNull();
  });

  it('stays silent once an agent has answered in time, and after a hand-off', async () => {
    const relay = await relayWithBot({ mode: 'no_answer', delaySeconds: 2 });
    const { socket: agent } = await relay.agent();
    const { socket: visitor } = await relay.visitor({ locale: 'en-GB' });
    const sent = expectOk(
      await request<Message>(untyped(visitor), 'message:send', {
        clientId: 'n1',
        text: 'is the cream in stock?',
      }),
    );
    expectOk(
      await request(untyped(agent), 'message:reply', {
        conversationId: sent.conversationId,
        clientId: 'a1',
        text: 'Yes, it is in stock.',
      }),
    );
    const botMessages = collect<Message>(untyped(visitor), 'message');
    // The bot's timer fires and finds the agent's answer: it records that it stayed silent.
    await waitFor(
      async () =>
        (await (await relay.api('/metrics')).text()).includes('parley_bot_outcomes_total{outcome="silent"'),
      Boolean,
    );
    expect(botMessages.filter(fromBot)).toEqual([]);
    const later = expectOk(
      await request<Message>(untyped(visitor), 'message:send', {
        clientId: 'n2',
        text: 'thanks! and shipping?',
      }),
    );
    expect(later.conversationId).toBe(sent.conversationId);
    const summary = (await (await relay.api(`/api/v1/conversations/${sent.conversationId}`)).json()) as {
      data: ConversationSummary;
    };
    expect(summary.data.handedOffAt).not.toBeNull(); // the agent's reply took the conversation over
  });

  it('with an LLM, writes a grounded reply where the knowledge base has none, and never sends one that promises', async () => {
    server = await startOpenAITestServer();
    server.answer = (request: ChatRequest) => {
      const schema = request.response_format?.json_schema?.name;
      if (schema === 'analysis') {
        return analysisAnswer('ko', 'stock_availability');
      }
      if (schema === 'replies') {
        return {
          content: JSON.stringify({
            replies: [
              {
                text: '불편을 드려 죄송합니다. 전액 환불해 드리겠습니다.',
                back_translation: 'We will refund you in full.',
              },
              {
                text: '네, 현재 재고가 있습니다. 문의해 주셔서 감사합니다.',
                back_translation: 'Yes, it is in stock.',
              },
            ],
          }),
        };
      }
      return defaultAnswer(request);
    };
    const relay = await relayWithBot({ mode: 'always', delaySeconds: 0 }, { env: testServerEnv(server) });
    const { socket: visitor } = await relay.visitor({ locale: 'ko-KR' });
    const answered = nextMessage(visitor, fromBot);
    expectOk(
      await request<Message>(untyped(visitor), 'message:send', {
        clientId: 'k1',
        text: '이 크림 재고 있나요?',
      }),
    );
    const answer = await answered;
    expect(answer.text).toContain('현재 재고가 있습니다');
    expect(answer.text).not.toContain('환불');
  });
});
