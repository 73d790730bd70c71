// Opaque page cursors for the inbox order (urgency rank, last activity descending, id), exact to the microsecond.
import { ParleyError } from '@parley/shared';

export interface ConversationCursor {
  /** 0 for high urgency, 1 otherwise: the first sort key. */
  rank: number;
  /** updated_at as PostgreSQL prints it, so no precision is lost to JavaScript's milliseconds. */
  updatedAt: string;
  id: string;
}

const TIMESTAMP = /^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d{1,6})?([+-]\d\d(:?\d\d)?|Z)?$/;

export function encodeCursor(cursor: ConversationCursor): string {
  return Buffer.from(JSON.stringify([cursor.rank, cursor.updatedAt, cursor.id])).toString('base64url');
}

/** Throws `validation_failed` for anything that is not a cursor this relay made. */
export function decodeCursor(value: string): ConversationCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (
    Array.isArray(parsed) &&
    parsed.length === 3 &&
    (parsed[0] === 0 || parsed[0] === 1) &&
    typeof parsed[1] === 'string' &&
    TIMESTAMP.test(parsed[1]) &&
    typeof parsed[2] === 'string' &&
    parsed[2].length <= 200
  ) {
    return { rank: parsed[0], updatedAt: parsed[1], id: parsed[2] };
  }
  throw new ParleyError(
    'validation_failed',
    'The cursor is not valid. Pass the nextCursor of the previous page unchanged, or omit it to start over.',
    { details: { issues: [{ field: 'cursor', message: 'Not a cursor from this API.' }] } },
  );
}
