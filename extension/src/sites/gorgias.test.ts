import { describeSiteAdapter } from '../../test/adapter-contract.ts';
import { gorgias } from './gorgias.ts';

describeSiteAdapter(gorgias, {
  pageUrl: 'https://acme.gorgias.com/app/ticket/55120',
  buyerTexts: ['Bonjour, le produit est arrivé cassé.', "Je voudrais un remboursement, s'il vous plaît."],
  otherTexts: ['Sorry to hear that, Camille.'],
  composer: 'contenteditable',
});
