// The assist port for content scripts: each call is a runtime message answered by the background worker, so the
// agent token never enters a page's renderer process.
import { type AssistClient, AssistError, type AssistOperation } from './assist-client.ts';

export const ASSIST_MESSAGE = 'parley/assist';

export interface AssistRequest {
  type: typeof ASSIST_MESSAGE;
  operation: AssistOperation;
  input: unknown;
}

export type AssistReply =
  | { ok: true; data: unknown }
  | { ok: false; error: { code: string; message: string } };

/** Every operation of the port: a Record, so adding one to AssistClient fails to compile until it is listed. */
const OPERATIONS: Record<AssistOperation, true> = {
  analyze: true,
  translate: true,
  suggest: true,
  compose: true,
};

export function isAssistRequest(message: unknown): message is AssistRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === ASSIST_MESSAGE &&
    Object.hasOwn(OPERATIONS, String((message as { operation?: unknown }).operation))
  );
}

export function createRuntimeAssist(send: (message: AssistRequest) => Promise<unknown>): AssistClient {
  async function call<T>(operation: AssistOperation, input: unknown): Promise<T> {
    const reply = (await send({ type: ASSIST_MESSAGE, operation, input }).catch((error: unknown) => {
      throw AssistError.fromUnknown(error);
    })) as AssistReply | undefined;
    if (!reply) throw new AssistError('network', 'The Parley background worker did not answer.');
    if (!reply.ok) throw new AssistError(reply.error.code, reply.error.message);
    return reply.data as T;
  }
  return {
    analyze: (input) => call('analyze', input),
    translate: (input) => call('translate', input),
    suggest: (input) => call('suggest', input),
    compose: (input) => call('compose', input),
  };
}

/** The background side: runs one request against a real client and turns any failure into a coded reply. */
export async function answerAssistRequest(
  client: AssistClient,
  request: AssistRequest,
): Promise<AssistReply> {
  try {
    const data = await (client[request.operation] as (input: unknown) => Promise<unknown>)(request.input);
    return { ok: true, data };
  } catch (error) {
    const { code, message } = AssistError.fromUnknown(error);
    return { ok: false, error: { code, message } };
  }
}
