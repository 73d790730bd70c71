// OpenAI-compatible TEST server: a small HTTP server on 127.0.0.1 that answers /v1/chat/completions the way an
// OpenAI-compatible provider does, with scripted answers, so the LLM path is tested without any model.
import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name: string; schema: unknown } };
}

export interface ScriptedAnswer {
  /** HTTP status; anything but 200 is an error response. */
  status?: number;
  /** The assistant message content (a JSON string for structured outputs). */
  content?: string;
  delayMs?: number;
  usage?: { prompt_tokens: number; completion_tokens: number };
}

export interface OpenAITestServer {
  baseURL: string;
  requests: ChatRequest[];
  /** Decides each answer; defaults to `defaultAnswer`. */
  answer: (request: ChatRequest) => ScriptedAnswer;
  close(): Promise<void>;
}

/**
 * Environment that points the relay's engine factory (`createLanguageEngine`) at this server, without retries, so
 * a scripted failure shows at once.
 */
export function testServerEnv(server: Pick<OpenAITestServer, 'baseURL'>): NodeJS.ProcessEnv {
  return {
    OPENAI_BASE_URL: server.baseURL,
    OPENAI_API_KEY: 'test-key',
    PARLEY_MODEL: 'test-model',
    PARLEY_LLM_MAX_RETRIES: '0',
  };
}

/** An analysis as a model would answer it, with the language and intent a test chooses and the rest plain. */
export function analysisAnswer(language: string, intent: string): ScriptedAnswer {
  return {
    content: JSON.stringify({
      language,
      script: null,
      intent,
      urgency: 'normal',
      sentiment: 'neutral',
      confidence: 0.9,
    }),
  };
}

/** The JSON object the engine put in the user turn. */
export function userData(request: ChatRequest): Record<string, unknown> {
  const user = request.messages.find((m) => m.role === 'user');
  return JSON.parse(user?.content ?? '{}') as Record<string, unknown>;
}

/**
 * A plausible model: Thai script → th, otherwise en; translations, replies and adapted drafts are the input
 * prefixed with the target language, so tests can see what was asked.
 */
export function defaultAnswer(request: ChatRequest): ScriptedAnswer {
  const schema = request.response_format?.json_schema?.name;
  const data = userData(request);
  if (schema === 'translation') {
    const to = /to "([a-z]{2,3})"/.exec(request.messages[0]?.content ?? '')?.[1] ?? 'xx';
    return { content: JSON.stringify({ translation: `[${to}] ${String(data.text)}` }) };
  }
  if (schema === 'replies') {
    const language = String(data.reply_language);
    return {
      content: JSON.stringify({
        replies: [1, 2].map((n) => ({
          text: `[${language}] written reply ${n}`,
          back_translation: `[${String(data.agent_language)}] meaning of reply ${n}`,
        })),
      }),
    };
  }
  if (schema === 'adapted_reply') {
    return {
      content: JSON.stringify({
        text: `[${String(data.reply_language)}] ${String(data.draft)}`,
        back_translation: `[${String(data.agent_language)}] ${String(data.draft)}`,
      }),
    };
  }
  const text = String(data.buyer_message ?? '');
  return {
    content: JSON.stringify({
      language: /\p{Script=Thai}/u.test(text) ? 'th' : 'en',
      script: null,
      intent: 'order_status',
      urgency: 'normal',
      sentiment: 'neutral',
      confidence: 0.8,
    }),
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
    });
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

export async function startOpenAITestServer(): Promise<OpenAITestServer> {
  const state: OpenAITestServer = {
    baseURL: '',
    requests: [],
    answer: defaultAnswer,
    close: async () => {},
  };
  const server: Server = createServer(async (request, response) => {
    if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
      response
        .writeHead(404, { 'content-type': 'application/json' })
        .end('{"error":{"message":"not found"}}');
      return;
    }
    const chat = JSON.parse(await readBody(request)) as ChatRequest;
    state.requests.push(chat);
    const answer = state.answer(chat);
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    const status = answer.status ?? 200;
    if (status !== 200) {
      response
        .writeHead(status, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { message: `scripted ${status}`, type: 'server_error' } }));
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        id: `chatcmpl-${state.requests.length}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: chat.model,
        choices: [
          { index: 0, finish_reason: 'stop', message: { role: 'assistant', content: answer.content ?? '' } },
        ],
        usage: {
          ...(answer.usage ?? { prompt_tokens: 120, completion_tokens: 30 }),
          total_tokens: (answer.usage?.prompt_tokens ?? 120) + (answer.usage?.completion_tokens ?? 30),
        },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('test server has no address');
  state.baseURL = `http://127.0.0.1:${address.port}/v1`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}
