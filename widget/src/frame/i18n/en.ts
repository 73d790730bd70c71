// The chat's English strings: the inline fallback every other language is checked against, key for key.
// `{name}`, `{max}` and `{length}` are filled in by `fill` (numbers already formatted for the language).

export const en = {
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
  autoReply: '{name} (automatic reply)',
  showOriginal: 'Show original',
  showTranslation: 'Show translation',
  agentTyping: 'Agent is typing…',
  seen: 'Seen',
  unavailable: 'Chat is not available on this site right now.',
  errorEmpty: 'Type a message before sending.',
  errorTooLong: 'That message is too long. The limit is {max} characters, so split it into shorter messages.',
  errorLength:
    'Your message is {length} characters long; the limit is {max}. Split it into shorter messages.',
  errorRateLimited: 'You are sending messages too quickly. Wait a moment, then try again.',
  errorNotSent: 'That message could not be sent. Please try again.',
  errorSessionEnded: 'Your chat session has ended. Reload the page to continue.',
  errorNotEnabled: 'Chat is not enabled for this website yet.',
  errorUnknown: 'Something went wrong on our side. Please try again in a moment.',
};

export type UiStrings = Record<keyof typeof en, string>;
