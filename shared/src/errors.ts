// The one error type of Parley: a stable `code`, mapped to an HTTP status here and to the same shape in Socket.IO acks.

export const ERROR_HTTP_STATUS = {
  bad_request: 400,
  validation_failed: 400,
  message_empty: 400,
  message_too_long: 413,
  payload_too_large: 413,
  attachment_too_large: 413,
  unsupported_media_type: 415,
  unauthorized: 401,
  token_expired: 401,
  forbidden: 403,
  origin_not_allowed: 403,
  unknown_site: 404,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  engine_unavailable: 503,
  /** Something the relay serves is not ready yet, e.g. the widget build is missing or storage is still opening. */
  unavailable: 503,
  internal: 500,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_HTTP_STATUS;

/** The wire shape of an error, in HTTP bodies (`{ error }`) and in Socket.IO acknowledgements (`{ ok: false, error }`). */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  /** Field-level detail for validation errors; never contains stack traces or internal state. */
  details?: unknown;
}

export class ParleyError extends Error {
  override readonly name = 'ParleyError';
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, options?: { details?: unknown; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options?.details;
  }

  get status(): number {
    return ERROR_HTTP_STATUS[this.code];
  }

  toBody(): ErrorBody {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  /** Wraps anything thrown into a ParleyError, keeping the original as `cause` and hiding its message from clients. */
  static fromUnknown(error: unknown): ParleyError {
    if (error instanceof ParleyError) return error;
    return new ParleyError('internal', 'Something went wrong on the relay. The error has been logged.', {
      cause: error,
    });
  }

  /** Rebuilds a ParleyError from a wire body, e.g. a failed ack on the client. */
  static fromBody(body: ErrorBody): ParleyError {
    const code = isErrorCode(body.code) ? body.code : 'internal';
    return new ParleyError(code, body.message, { details: body.details });
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_HTTP_STATUS, value);
}
