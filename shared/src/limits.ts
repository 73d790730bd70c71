// Limits shared by every client and the relay, so a client can refuse early with the same numbers the relay enforces.

/** Longest message text accepted, in UTF-16 code units as `String.length` counts them. */
export const MAX_MESSAGE_LENGTH = 4000;

/** Client-generated message ids: long enough for a UUID, short enough to index cheaply. */
export const MAX_CLIENT_ID_LENGTH = 64;

/** Longest display name, locale, or similar short string a client may send. */
export const MAX_SHORT_TEXT = 200;
