// Gorgias helpdesk: the ticket view's message list and the Draft.js reply editor.
import { defineSiteAdapter } from './site-adapter.ts';

export const gorgias = defineSiteAdapter({
  id: 'gorgias',
  name: 'Gorgias',
  matches: ['https://*.gorgias.com/*'],
  selectors: {
    // The ticket body holding every message and event.
    messageList: '[data-testid="ticket-body"]',
    // One message (events such as "ticket assigned" are separate rows and not matched).
    message: '[data-testid="ticket-message"]',
    // Gorgias renders messages from agents and macros with from-agent="true"; the customer's are "false".
    buyerMessage: '[data-from-agent="false"]',
    // The message's text body, below the sender's name and channel icon.
    text: '[data-testid="ticket-message-body"]',
    // Draft.js's contenteditable in the reply area.
    composer: '.public-DraftEditor-content[contenteditable="true"]',
  },
});
