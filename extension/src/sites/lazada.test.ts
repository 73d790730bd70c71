import { describeSiteAdapter } from '../../test/adapter-contract.ts';
import { lazada } from './lazada.ts';

describeSiteAdapter(lazada, {
  pageUrl: 'https://sellercenter.lazada.vn/apps/im/chat?sessionId=s-9921',
  buyerTexts: ['Shop ơi, đơn hàng của mình bao giờ giao vậy?', 'Mình nhận được hàng bị vỡ rồi.'],
  otherTexts: ['Dạ shop đã gửi hàng hôm qua ạ.'],
  composer: 'textarea',
});
