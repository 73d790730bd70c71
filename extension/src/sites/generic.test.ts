import { describeSiteAdapter } from '../../test/adapter-contract.ts';
import { generic } from './generic.ts';

describeSiteAdapter(generic, {
  pageUrl: 'https://help.example-desk.test/tickets/77',
  buyerTexts: ['Halo, apakah produk ini aman untuk ibu hamil?', 'Terima kasih'],
  otherTexts: ['Halo! Saya cek dulu ya.', 'Dewi is typing…'],
  composer: 'textarea',
  composerInShadowRoot: true,
});
