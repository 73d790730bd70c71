// Freshdesk's agent ticket view: conversation thread and the Froala reply editor.
import { defineSiteAdapter } from './site-adapter.ts';

export const freshdesk = defineSiteAdapter({
  id: 'freshdesk',
  name: 'Freshdesk',
  matches: ['https://*.freshdesk.com/*'],
  selectors: {
    // The ticket's conversation thread.
    messageList: '.ticket-details__conversations',
    // Each conversation entry: the original request, replies and notes.
    message: '.conversation-item',
    // Entries from the requester (Freshdesk styles the contact's entries apart from agents' and notes).
    buyerMessage: '.conversation-item--contact',
    // The rendered email/chat body.
    text: '.conversation-item__body',
    // Froala's contenteditable area in the reply box.
    composer: '.fr-element.fr-view[contenteditable="true"]',
  },
});
