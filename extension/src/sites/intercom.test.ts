import { describeSiteAdapter } from '../../test/adapter-contract.ts';
import { intercom } from './intercom.ts';

describeSiteAdapter(intercom, {
  pageUrl: 'https://app.eu.intercom.com/a/inbox/abc123/inbox/conversation/9001',
  buyerTexts: ['Olá, posso trocar o tamanho do meu pedido?', 'Quero o tamanho G, por favor.'],
  otherTexts: [
    'Fin: I can help with that. Connecting you to the team.',
    'VIP customer',
    'Hi! Of course, which size?',
  ],
  composer: 'contenteditable',
});
