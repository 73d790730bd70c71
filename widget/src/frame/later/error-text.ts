// The sentence a shopper reads for each error code the relay (or the chat itself) can answer with. Loaded with
// later/, so a shopper who never meets an error never downloads these sentences.
import { type ErrorBody, type ErrorCode, MAX_ATTACHMENT_BYTES, MAX_MESSAGE_LENGTH } from '@parley/shared';
import type { LaterStrings } from './en-later.ts';
import type { LaterTranslation } from './later-strings.ts';

const ERROR_KEYS: Partial<Record<ErrorCode, keyof LaterStrings>> = {
  message_empty: 'errorEmpty',
  message_too_long: 'errorTooLong',
  payload_too_large: 'errorTooLong',
  rate_limited: 'errorRateLimited',
  validation_failed: 'errorNotSent',
  bad_request: 'errorNotSent',
  unauthorized: 'errorSessionEnded',
  token_expired: 'errorSessionEnded',
  forbidden: 'unavailable',
  origin_not_allowed: 'errorNotEnabled',
  unknown_site: 'unavailable',
  attachment_too_large: 'errorAttachmentTooLarge',
  unsupported_media_type: 'errorAttachmentType',
};

/** The sentence a shopper reads for an error; the relay's own (English, technical) message stays in the console. */
export function errorText(t: LaterTranslation, error: Pick<ErrorBody, 'code' | 'details'>): string {
  const length = (error.details as { length?: unknown } | undefined)?.length;
  // The one other limit a shopper can hit is the photo size, in MB.
  const max = error.code === 'attachment_too_large' ? MAX_ATTACHMENT_BYTES / 2 ** 20 : MAX_MESSAGE_LENGTH;
  if (error.code === 'message_too_long' && typeof length === 'number') {
    return t.fill(t.strings.errorLength, { length, max });
  }
  return t.fill(t.strings[ERROR_KEYS[error.code] ?? 'errorUnknown'], { max });
}
