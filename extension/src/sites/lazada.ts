// Lazada Seller Center instant messaging (the "Chat" workbench), one domain per market.
import { defineSiteAdapter } from './site-adapter.ts';

export const lazada = defineSiteAdapter({
  id: 'lazada',
  name: 'Lazada Seller Center chat',
  matches: [
    'https://sellercenter.lazada.co.th/*',
    'https://sellercenter.lazada.vn/*',
    'https://sellercenter.lazada.co.id/*',
    'https://sellercenter.lazada.com.my/*',
    'https://sellercenter.lazada.com.ph/*',
    'https://sellercenter.lazada.sg/*',
  ],
  selectors: {
    // The message pane of the selected session.
    messageList: '.im-message-list',
    // Each message row; time separators are siblings with another class.
    message: '.im-message-item',
    // Lazada lays buyer rows out on the left and the seller's on the right.
    buyerMessage: '.im-message-item.message-left',
    // The text bubble (product and order cards use .im-card instead and are skipped).
    text: '.im-message-text',
    // The React-controlled textarea of the editor at the bottom.
    composer: '.im-editor textarea',
  },
});
