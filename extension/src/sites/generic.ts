// Any other helpdesk the agent enables: common chat markup conventions (ARIA logs, data-author attributes).
// It matches everywhere, so the registry lists it last and it only runs on origins the agent granted.
import { defineSiteAdapter } from './site-adapter.ts';

export const generic = defineSiteAdapter({
  id: 'generic',
  name: 'Other helpdesk (generic)',
  matches: ['https://*/*', 'http://*/*'],
  selectors: {
    // ARIA says a chat transcript is a log; most accessible chat widgets and helpdesks mark it so.
    messageList: '[role="log"]',
    // Messages that state who wrote them, in the attribute names common chat UIs use.
    message: '[data-author], [data-sender], [data-direction]',
    // The customer's side under its usual names; agent, bot and system messages use other values.
    buyerMessage:
      '[data-author="customer"], [data-author="buyer"], [data-author="visitor"], [data-author="end-user"], ' +
      '[data-sender="customer"], [data-sender="buyer"], [data-direction="inbound"]',
    // The message body under its usual names.
    text: '[data-message-text], .message-text, .message-body, .message__body',
    // The reply box: a textarea or a rich editor; shadow roots are searched too.
    composer: 'textarea, [contenteditable="true"], [role="textbox"]',
  },
});
