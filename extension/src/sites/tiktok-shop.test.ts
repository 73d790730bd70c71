import { describeSiteAdapter } from '../../test/adapter-contract.ts';
import { tiktokShop } from './tiktok-shop.ts';

describeSiteAdapter(tiktokShop, {
  pageUrl: 'https://seller-th.tiktok.com/chat?conversationId=7341',
  buyerTexts: ['ของหมดหรือยังครับ สีดำไซส์ M', 'มีโค้ดส่วนลดไหมครับ'],
  otherTexts: [
    'Buyer entered from product page',
    'Thanks for your message! We will reply soon.',
    'มีครับ ยังมีสต็อก',
  ],
  composer: 'contenteditable',
});
