// Errors as the inbox shows them: relay codes from acks and handshakes, plus the two the client detects itself.
import { type ErrorCode, isErrorCode, ParleyError } from '@parley/shared';

/** `offline` and `timeout` never come from the relay: the client knows them before any answer arrives. */
export type InboxErrorCode = ErrorCode | 'offline' | 'timeout';

export interface InboxError {
  code: InboxErrorCode;
  message: string;
}

/** Thrown by connections for failures the relay never saw, so callers handle one shape either way. */
export class ConnectionError extends Error {
  override readonly name = 'ConnectionError';
  constructor(
    readonly code: 'offline' | 'timeout',
    message: string,
  ) {
    super(message);
  }
}

/** Normalises anything a connection rejects with; unknown throwables keep a readable message, never a stack. */
export function toInboxError(error: unknown): InboxError {
  if (error instanceof ParleyError || error instanceof ConnectionError) {
    return { code: error.code, message: error.message };
  }
  if (typeof error === 'object' && error !== null && 'code' in error && 'message' in error) {
    const { code, message } = error as { code: unknown; message: unknown };
    if (isErrorCode(code) && typeof message === 'string') return { code, message };
  }
  return {
    code: 'internal',
    message: error instanceof Error ? error.message : 'Something went wrong in the inbox.',
  };
}

/** What the agent should do about an error, where the relay's own message would not say it. */
export function errorHint(code: InboxErrorCode): string | undefined {
  switch (code) {
    case 'unauthorized':
    case 'token_expired':
    case 'forbidden':
      return 'Check the agent token in Settings.';
    case 'offline':
      return 'Wait for the connection to come back, then send again.';
    case 'timeout':
      return 'Sending again is safe: the relay drops duplicates.';
    default:
      return undefined;
  }
}
