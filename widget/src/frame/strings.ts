// Every visitor-facing string of the frame, in one place so localising the UI later touches one file.
import { type ErrorBody, type ErrorCode, MAX_MESSAGE_LENGTH } from '@parley/shared';

const count = (value: number) => value.toLocaleString('en');

export const strings = {
  title: 'Chat',
  close: 'Close chat',
  send: 'Send',
  inputLabel: 'Type your message',
  placeholder: 'Type a message…',
  messagesLabel: 'Messages',
  empty: 'Ask us anything. We reply in your language.',
  connecting: 'Connecting…',
  offline: 'Offline. Your messages will be sent when the connection is back.',
  sending: 'Sending…',
  notSent: 'Not sent',
  you: 'You',
  showOriginal: 'Show original',
  showTranslation: 'Show translation',
  agentTyping: 'Agent is typing…',
  seen: 'Seen',
  unavailable: 'Chat is not available on this site right now.',
  missingSite: 'This chat is missing its site key.',
  counter: (length: number) => `${count(length)} / ${count(MAX_MESSAGE_LENGTH)}`,
};

/** Human sentences for the codes a visitor can run into; the relay's own message is kept for the console. */
const ERROR_TEXT: Partial<Record<ErrorCode, string>> = {
  message_empty: 'Type a message before sending.',
  message_too_long: `That message is too long. The limit is ${count(MAX_MESSAGE_LENGTH)} characters, so split it into shorter messages.`,
  payload_too_large: `That message is too long. The limit is ${count(MAX_MESSAGE_LENGTH)} characters, so split it into shorter messages.`,
  rate_limited: 'You are sending messages too quickly. Wait a moment, then try again.',
  validation_failed: 'That message could not be sent. Please try again.',
  bad_request: 'That message could not be sent. Please try again.',
  unauthorized: 'Your chat session has ended. Reload the page to continue.',
  token_expired: 'Your chat session has ended. Reload the page to continue.',
  forbidden: 'This chat is not available here.',
  origin_not_allowed: 'Chat is not enabled for this website yet.',
  unknown_site: 'Chat is not available on this site right now.',
  engine_unavailable: 'Chat is busy right now. Please try again in a moment.',
};

export function errorText(error: Pick<ErrorBody, 'code' | 'details'>): string {
  const details = error.details as { length?: unknown } | undefined;
  if (error.code === 'message_too_long' && typeof details?.length === 'number') {
    return `Your message is ${count(details.length)} characters long; the limit is ${count(MAX_MESSAGE_LENGTH)}. Split it into shorter messages.`;
  }
  return ERROR_TEXT[error.code] ?? 'Something went wrong on our side. Please try again in a moment.';
}
