// Shopee Seller Centre chat ("Shopee Chat" / webchat), one domain per market.
import { defineSiteAdapter } from './site-adapter.ts';

export const shopee = defineSiteAdapter({
  id: 'shopee',
  name: 'Shopee Seller Centre chat',
  matches: [
    'https://seller.shopee.co.th/*',
    'https://seller.shopee.vn/*',
    'https://seller.shopee.co.id/*',
    'https://seller.shopee.com.my/*',
    'https://seller.shopee.ph/*',
    'https://seller.shopee.sg/*',
    'https://seller.shopee.tw/*',
    'https://seller.shopee.com.br/*',
  ],
  selectors: {
    // The virtualised scroller of the open conversation (the conversation list on the left is a different pane).
    messageList: '[data-testid="chat-message-list"]',
    // Every row in it: buyer bubbles, seller bubbles, order cards and "chat started" notices.
    message: '[data-testid="chat-message-item"]',
    // Rows Shopee draws on the left ("received"); the seller's own are "--sent", notices carry no direction.
    buyerMessage: '.chat-message-item--received',
    // The <pre> holding the typed text; stickers and order cards have none and are skipped.
    text: '.chat-message-text',
    // The React-controlled textarea of the reply box ("Type a message here").
    composer: 'textarea.chat-input-textarea',
  },
});
