// Amazon Seller Central "Buyer-Seller Messaging", built from Amazon's Katal web components.
import { defineSiteAdapter } from './site-adapter.ts';

export const amazon = defineSiteAdapter({
  id: 'amazon',
  name: 'Amazon Seller Central buyer messages',
  matches: [
    'https://sellercentral.amazon.com/*',
    'https://sellercentral.amazon.co.uk/*',
    'https://sellercentral.amazon.de/*',
    'https://sellercentral-europe.amazon.com/*',
    'https://sellercentral-japan.amazon.com/*',
    'https://sellercentral.amazon.sg/*',
    'https://sellercentral.amazon.com.au/*',
    'https://sellercentral.amazon.ae/*',
  ],
  selectors: {
    // The thread pane of one buyer contact.
    messageList: '#thread-messages',
    // Each message card in the thread, including Amazon's own system notes.
    message: '[data-test-id="message-container"]',
    // Amazon marks the direction on the card; INBOUND is the buyer, OUTBOUND the seller, SYSTEM Amazon itself.
    buyerMessage: '[data-message-direction="INBOUND"]',
    // The body of the email-like message, without the "From:" header and attachment list.
    text: '.message-body-text',
    // The reply box is a <kat-textarea>; the real textarea lives in its open shadow root.
    composer: 'kat-textarea#reply-text-area >>> textarea',
  },
});
