import { describeSiteAdapter } from '../../test/adapter-contract.ts';
import { amazon } from './amazon.ts';

describeSiteAdapter(amazon, {
  pageUrl: 'https://sellercentral.amazon.de/messaging/inbox?fi=113-4829301-2093847',
  buyerTexts: [
    'Hallo, mein Paket ist seit einer Woche nicht angekommen. Wo ist es?',
    'Ich möchte bitte mein Geld zurück.',
  ],
  otherTexts: [
    'Amazon: The buyer contacted you about an order.',
    'Hello Lukas, we are checking with the carrier.',
  ],
  composer: 'textarea',
  composerInShadowRoot: true,
});
