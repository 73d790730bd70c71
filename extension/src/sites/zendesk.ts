// Zendesk Agent Workspace: the ticket's conversation log and the CKEditor composer.
import { defineSiteAdapter } from './site-adapter.ts';

export const zendesk = defineSiteAdapter({
  id: 'zendesk',
  name: 'Zendesk Agent Workspace',
  matches: ['https://*.zendesk.com/*'],
  selectors: {
    // The conversation log of the open ticket tab.
    messageList: '[data-test-id="omni-log-container"]',
    // Each comment in the log (public replies, internal notes, and the end user's messages).
    message: 'article[data-test-id="omni-log-comment-item"]',
    // Comments written by the requester; agents' replies and internal notes carry another role.
    buyerMessage: '[data-sender-role="end-user"]',
    // The rendered comment body, without the author line and channel badge.
    text: '[data-test-id="omni-log-message-content"]',
    // CKEditor 5's editable root inside the omnicomposer.
    composer: '[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]',
  },
});
