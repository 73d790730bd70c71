// Pairing: the web console asks the relay for a one-time code (XXXX-XXXX, valid ten minutes); typed into the
// extension's sign-in form in place of a token, it is exchanged for an agent token of the extension's own, so no
// long-lived token is ever copied by hand between windows.
import { ParleyError } from '@parley/shared';
import { type FetchLike, relayError } from '../relay-http/authorised-get.ts';

/** Crockford base32 without I, L, O and U, the alphabet the relay draws codes from; case and the dash are free. */
const CODE = /^[0-9A-HJKMNP-TV-Z]{8}$/;

/** The code as the relay expects it, or undefined when `value` is not shaped like one (a token, say). */
export function pairingCode(value: string): string | undefined {
  const compact = value.replace(/[\s-]/g, '').toUpperCase();
  return CODE.test(compact) ? `${compact.slice(0, 4)}-${compact.slice(4)}` : undefined;
}

async function post(fetchFn: FetchLike, url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetchFn(url, { method: 'POST', ...init });
  } catch {
    throw new ParleyError('unavailable', 'Could not reach the relay. Check its address.');
  }
  if (!response.ok) throw await relayError(response);
  return response;
}

/** Exchanges a pairing code for an agent token, labelled so the agent can tell their tokens apart. */
export async function exchangePairingCode(
  fetchFn: FetchLike,
  relayUrl: string,
  code: string,
  label = 'Chrome extension',
): Promise<string> {
  const response = await post(fetchFn, `${relayUrl}/api/v1/pairing/exchange`, {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, label }),
  });
  const { data } = (await response.json()) as { data?: { token?: unknown } };
  if (typeof data?.token !== 'string') throw new ParleyError('internal', 'The relay sent no token.');
  return data.token;
}

export interface PairingCode {
  code: string;
  expiresAt: string;
}

/** A new one-time code for the signed-in agent (the console); earlier unused codes stop working. */
export async function createPairingCode(
  fetchFn: FetchLike,
  settings: { relayUrl: string; token: string },
): Promise<PairingCode> {
  const response = await post(fetchFn, `${settings.relayUrl}/api/v1/pairing-codes`, {
    headers: { authorization: `Bearer ${settings.token}` },
  });
  const { data } = (await response.json()) as { data: PairingCode };
  return data;
}
