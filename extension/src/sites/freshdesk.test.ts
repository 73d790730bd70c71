import { describeSiteAdapter } from '../../test/adapter-contract.ts';
import { freshdesk } from './freshdesk.ts';

describeSiteAdapter(freshdesk, {
  pageUrl: 'https://acme.freshdesk.com/a/tickets/1207',
  buyerTexts: ['Barang yang saya terima salah warna.', 'Apakah bisa ditukar?'],
  otherTexts: ['Mohon maaf atas ketidaknyamanannya.', 'Check stock of the blue one.'],
  composer: 'contenteditable',
});
