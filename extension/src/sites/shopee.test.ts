import { describeSiteAdapter } from '../../test/adapter-contract.ts';
import { shopee } from './shopee.ts';

describeSiteAdapter(shopee, {
  pageUrl: 'https://seller.shopee.co.th/webchat/conversations?cid=8802731',
  buyerTexts: ['สวัสดีค่ะ สั่งครีมไปเมื่อวันจันทร์', 'ใช้ครีมนี้แล้วแพ้ค่ะ ผื่นขึ้น ทำยังไงดีคะ'],
  otherTexts: ['สวัสดีครับ ยินดีให้บริการครับ'],
  composer: 'textarea',
});
