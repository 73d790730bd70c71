// GET from the relay's /api/v1 with the agent's bearer token; a relay error body becomes a `ParleyError` with its code.
import { type ErrorCode, isErrorCode, ParleyError } from '@parley/shared';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export async function authorisedGet(
  fetchFn: FetchLike,
  settings: { token: string },
  url: string,
  signal?: AbortSignal,
): Promise<Response> {
  let response: Response;
  try {
    response = await fetchFn(url, {
      headers: { authorization: `Bearer ${settings.token}` },
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ParleyError('unavailable', 'Could not reach the relay.');
  }
  if (response.ok) return response;
  throw await relayError(response);
}

/** A relay error response as a `ParleyError` with its code and message. */
export async function relayError(response: Response): Promise<ParleyError> {
  let code: ErrorCode = 'internal';
  let message = `The relay answered ${response.status}.`;
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    if (isErrorCode(body.error?.code)) code = body.error.code;
    if (typeof body.error?.message === 'string') message = body.error.message;
  } catch {
    // Not a JSON error body (a proxy's page, say): the status line is all there is.
  }
  return new ParleyError(code, message);
}
