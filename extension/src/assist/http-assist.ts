// The assist port over HTTP, used by the background worker: it alone reads the agent token from storage.
import type { AgentSettings } from '../settings/settings.ts';
import { type AssistClient, AssistError, type AssistOperation } from './assist-client.ts';

type Fetch = typeof fetch;

export function createHttpAssist(settings: AgentSettings, fetchImpl: Fetch = fetch): AssistClient {
  async function post<T>(operation: AssistOperation, body: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetchImpl(`${settings.relayUrl}/api/v1/assist/${operation}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${settings.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    } catch (error) {
      throw new AssistError(
        'network',
        `The relay at ${settings.relayUrl} did not answer (${String(error)}).`,
      );
    }
    const payload = (await response.json().catch(() => ({}))) as {
      data?: T;
      error?: { code?: string; message?: string };
    };
    if (!response.ok || payload.data === undefined) {
      throw new AssistError(
        payload.error?.code ?? (response.status === 503 ? 'unavailable' : 'http_error'),
        payload.error?.message ?? `The relay answered ${response.status}.`,
      );
    }
    return payload.data;
  }
  return {
    analyze: (input) => post('analyze', input),
    translate: (input) => post('translate', input),
    suggest: (input) => post('suggest', input),
    compose: (input) => post('compose', input),
  };
}
