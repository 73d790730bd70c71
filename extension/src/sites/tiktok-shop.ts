// TikTok Shop Seller Center customer-service chat, one domain per region.
import { defineSiteAdapter } from './site-adapter.ts';

export const tiktokShop = defineSiteAdapter({
  id: 'tiktok-shop',
  name: 'TikTok Shop Seller Center chat',
  matches: [
    'https://seller-us.tiktok.com/*',
    'https://seller-uk.tiktok.com/*',
    'https://seller-th.tiktok.com/*',
    'https://seller-vn.tiktok.com/*',
    'https://seller-id.tiktok.com/*',
    'https://seller-my.tiktok.com/*',
    'https://seller-ph.tiktok.com/*',
    'https://seller-sg.tiktok.com/*',
  ],
  selectors: {
    // The scrolling message area of the open chat (TikTok tags its UI with data-e2e hooks).
    messageList: '[data-e2e="im-message-list"]',
    // Each message wrapper, including "order card" and system rows.
    message: '[data-e2e="im-message-item"]',
    // The sender type TikTok renders on each wrapper: the buyer is "customer", the shop "seller" or "robot".
    buyerMessage: '[data-sender-type="customer"]',
    // The text content span of a text message.
    text: '[data-e2e="im-message-text"]',
    // A contenteditable rich-text input, not a textarea.
    composer: '[data-e2e="im-input"][contenteditable="true"]',
  },
});
