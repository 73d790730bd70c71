// Desktop notifications from the background worker: a new chat, and any urgent message (product safety first of
// all), so an agent working in another tab or app does not miss them. The text is shown as the notification's plain
// text, which Chrome never renders as markup.
import { INTENT_LABELS, languageName, type Message } from '@parley/shared';
import type { AgentConnection, Unsubscribe } from '../inbox/connection.ts';

export interface ChatNotification {
  title: string;
  message: string;
  /** Urgent chats stay on screen until the agent acts. */
  requireInteraction: boolean;
}

export type Notify = (id: string, notification: ChatNotification) => void;

/** Longer texts are cut: a notification is a pointer to the chat, not the place to read it. */
const PREVIEW_LENGTH = 140;

/** What to tell the agent about a message, or undefined when it is neither a new chat nor urgent. */
export function notificationFor(message: Message): ChatNotification | undefined {
  if (message.author !== 'visitor') return undefined;
  const urgent = message.analysis?.urgency === 'high';
  // A conversation's first message opens it; a reopened conversation keeps counting, so this is a new chat.
  const opensChat = message.seq === 1;
  if (!urgent && !opensChat) return undefined;
  const intent = message.analysis?.intent;
  const language = message.analysis?.language ?? message.language;
  const preview =
    message.text.length > PREVIEW_LENGTH ? `${message.text.slice(0, PREVIEW_LENGTH)}…` : message.text;
  return {
    title: urgent ? `Urgent: ${intent ? INTENT_LABELS[intent] : 'needs a person'}` : 'New chat',
    message: `${language === 'und' ? '' : `${languageName(language)}: `}${preview}`,
    requireInteraction: urgent,
  };
}

/** Notifies for each new chat and urgent message the connection delivers, once per message. */
export function watchChats(connection: AgentConnection, notify: Notify): Unsubscribe {
  const notified = new Set<string>();
  return connection.onMessage((message) => {
    const notification = notificationFor(message);
    if (!notification || notified.has(message.id)) return;
    notified.add(message.id);
    notify(`parley:${message.conversationId}:${message.id}`, notification);
  });
}
