// Builds the error a refused Socket.IO handshake carries: `connect_error` receives `{ data: { error } }`.
import { type HandshakeErrorData, ParleyError } from '@parley/shared';
import type { Logger } from 'pino';

export type HandshakeError = Error & { data: HandshakeErrorData };

export function handshakeError(error: unknown, logger: Logger, namespace: string): HandshakeError {
  const parley = ParleyError.fromUnknown(error);
  if (parley.code === 'internal') logger.error({ err: parley.cause ?? error, namespace }, 'handshake failed');
  return Object.assign(new Error(parley.message), { data: { error: parley.toBody() } });
}
