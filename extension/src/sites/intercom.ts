// Intercom Inbox: the conversation stream and the ProseMirror composer, in every Intercom data region.
import { defineSiteAdapter } from './site-adapter.ts';

export const intercom = defineSiteAdapter({
  id: 'intercom',
  name: 'Intercom Inbox',
  matches: ['https://app.intercom.com/*', 'https://app.eu.intercom.com/*', 'https://app.au.intercom.com/*'],
  selectors: {
    // The scrolling conversation stream of the open conversation.
    messageList: '[data-conversation-stream]',
    // Each conversation part: user comments, admin replies, notes, bot parts and events.
    message: '[data-conversation-part-id]',
    // Parts authored by the user (the customer); admins, bots (Fin) and notes have other part types.
    buyerMessage: '[data-part-author-type="user"]',
    // The comment's rendered body.
    text: '.conversation__part-body',
    // ProseMirror's contenteditable in the reply composer.
    composer: '[data-test-composer] .ProseMirror[contenteditable="true"]',
  },
});
