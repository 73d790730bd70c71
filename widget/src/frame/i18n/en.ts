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
  attach: 'Attach a photo',
  emoji: 'Add an emoji',
};

export type UiStrings = Record<keyof typeof en, string>;
