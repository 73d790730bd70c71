// POST /api/v1/assist/suggest for a relay conversation, with the agent's bearer token.
import { type AgentPersona, isErrorCode, ParleyError, type SuggestResult } from '@parley/shared';
import type { SuggestFn } from '../inbox/Suggestions.tsx';
import type { FetchLike } from './authorised-get.ts';

/** The persona to ask in, read at each request so a change in the options applies to the next suggestion. */
export type PersonaSource = () => Promise<AgentPersona | undefined>;

export function suggestFrom(
  settings: { relayUrl: string; token: string },
  fetchFn: FetchLike,
  persona?: PersonaSource,
): SuggestFn {
  return async (conversationId, signal) => {
    // The options are only a preference: unreadable, the relay's stored persona still answers.
    const voice = await persona?.().catch(() => undefined);
    const response = await fetchFn(`${settings.relayUrl.replace(/\/$/, '')}/api/v1/assist/suggest`, {
      method: 'POST',
      headers: { authorization: `Bearer ${settings.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ conversationId, ...(voice ? { persona: voice } : {}) }),
      signal,
    });
    const body = (await response.json()) as {
      data?: SuggestResult;
      error?: { code?: unknown; message?: string };
    };
    if (!response.ok || !body.data) {
      throw new ParleyError(
        isErrorCode(body.error?.code) ? body.error.code : 'internal',
        body.error?.message ?? `The relay answered ${response.status}.`,
      );
    }
    return body.data;
  };
}
