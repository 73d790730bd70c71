// The single HTTP error mapping: ParleyError → its status and `{ error }`; anything else → logged `internal`.
import { ERROR_HTTP_STATUS, type ErrorCode, ParleyError } from '@parley/shared';
import type { ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';

export interface ErrorHandlerOptions {
  /** Gets the cause of every `internal` error; clients only ever see the generic message. */
  logger: Logger;
  /** Told the code of every error answered (the errors-by-code metric). */
  onError?: (code: ErrorCode) => void;
}

export function parleyErrorHandler(options: ErrorHandlerOptions): ErrorHandler {
  if (!options?.logger)
    throw new Error('parleyErrorHandler() needs a pino logger to record internal errors.');
  const { logger, onError } = options;
  return function handleError(error, c) {
    const parley = toParleyError(error);
    if (parley.code === 'internal') {
      logger.error({ err: parley.cause ?? error, method: c.req.method, path: c.req.path }, 'request failed');
    }
    onError?.(parley.code);
    const retryAfter = (parley.details as { retryAfter?: unknown } | undefined)?.retryAfter;
    if (parley.code === 'rate_limited' && typeof retryAfter === 'number') {
      c.header('Retry-After', String(retryAfter));
    }
    // The unread rest of an oversized body would otherwise be taken for the next request on this connection.
    if (parley.code === 'payload_too_large' || parley.code === 'attachment_too_large') {
      c.header('Connection', 'close');
    }
    return c.json({ error: parley.toBody() }, parley.status as ContentfulStatusCode);
  };
}

const CODE_BY_STATUS = new Map<number, ErrorCode>([
  [400, 'bad_request'],
  [401, 'unauthorized'],
  [403, 'forbidden'],
  [404, 'not_found'],
  [413, 'payload_too_large'],
  [429, 'rate_limited'],
]);

/** Hono's own HTTPExceptions keep their meaning; anything else unknown becomes `internal` with its cause. */
function toParleyError(error: unknown): ParleyError {
  if (error instanceof HTTPException) {
    const code = CODE_BY_STATUS.get(error.status);
    if (code && ERROR_HTTP_STATUS[code] === error.status) return new ParleyError(code, error.message || code);
  }
  return ParleyError.fromUnknown(error);
}
