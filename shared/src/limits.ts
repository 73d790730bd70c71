// Limits shared by every client and the relay, so a client can refuse early with the same numbers the relay enforces.

/** Longest message text accepted, in UTF-16 code units as `String.length` counts them. */
export const MAX_MESSAGE_LENGTH = 4000;

/** Client-generated message ids: long enough for a UUID, short enough to index cheaply. */
export const MAX_CLIENT_ID_LENGTH = 64;

/** Longest display name, locale, or similar short string a client may send. */
export const MAX_SHORT_TEXT = 200;

/** Largest attachment accepted, in bytes: enough for a phone photo of a damaged parcel. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/** At most this many attachments on one message. */
export const MAX_ATTACHMENTS_PER_MESSAGE = 4;

/**
 * File types buyers and agents may send: photos and PDFs (receipts, invoices). Checked against the file's
 * magic bytes, not only its declared type, so a renamed script is refused.
 */
export const ATTACHMENT_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'application/pdf',
] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** Languages a site may list as its markets. */
export const MAX_SITE_LANGUAGES = 50;

/** Earlier messages an analysis request may carry as context; the relay itself uses the last 5. */
export const MAX_ANALYSIS_HISTORY = 20;
