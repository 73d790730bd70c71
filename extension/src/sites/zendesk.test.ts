import { describeSiteAdapter } from '../../test/adapter-contract.ts';
import { zendesk } from './zendesk.ts';

describeSiteAdapter(zendesk, {
  pageUrl: 'https://acme.zendesk.com/agent/tickets/4821',
  buyerTexts: ['注文した商品がまだ届いていません。', '返金してもらえますか？'],
  otherTexts: ['Hi Kenji, let me check that for you.', 'Carrier says lost in transit.'],
  composer: 'contenteditable',
});
