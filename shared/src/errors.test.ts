import { describe, expect, it } from 'vitest';
import { ERROR_HTTP_STATUS, ParleyError } from './errors.ts';

describe('ParleyError', () => {
  it('maps each code to its HTTP status from the one table', () => {
    expect(new ParleyError('message_too_long', 'x').status).toBe(413);
    expect(new ParleyError('unknown_site', 'x').status).toBe(404);
    expect(new ParleyError('rate_limited', 'x').status).toBe(429);
    for (const [code, status] of Object.entries(ERROR_HTTP_STATUS)) {
      expect(status, code).toBeGreaterThanOrEqual(400);
    }
  });

  it('wraps unknown errors as internal, keeping the cause but not leaking its message', () => {
    const cause = new Error('password=hunter2 in connection string');
    const wrapped = ParleyError.fromUnknown(cause);
    expect(wrapped.code).toBe('internal');
    expect(wrapped.cause).toBe(cause);
    expect(JSON.stringify(wrapped.toBody())).not.toContain('hunter2');
  });

  it('round-trips through the wire body', () => {
    const original = new ParleyError('validation_failed', 'bad', { details: { field: 'text' } });
    const rebuilt = ParleyError.fromBody(original.toBody());
    expect(rebuilt.code).toBe('validation_failed');
    expect(rebuilt.details).toEqual({ field: 'text' });
  });

  it('treats an unknown wire code as internal rather than trusting it', () => {
    expect(ParleyError.fromBody({ code: 'nope' as never, message: 'm' }).code).toBe('internal');
  });
});
