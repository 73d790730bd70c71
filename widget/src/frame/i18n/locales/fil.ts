// Filipino chat strings; en.ts has the keys and what each placeholder means.
import type { LaterStrings } from '../../later/en-later.ts';
import type { UiStrings } from '../en.ts';

export default {
  title: 'Chat',
  close: 'Isara ang chat',
  send: 'Ipadala',
  inputLabel: 'I-type ang iyong mensahe',
  placeholder: 'Mag-type ng mensahe…',
  messagesLabel: 'Mga mensahe',
  empty: 'Magtanong ka ng kahit ano. Sasagot kami sa wika mo.',
  connecting: 'Kumokonekta…',
  offline: 'Offline. Ipapadala ang mga mensahe mo pagbalik ng koneksyon.',
  sending: 'Ipinapadala…',
  notSent: 'Hindi naipadala',
  you: 'Ikaw',
  autoReply: '{name} (awtomatikong sagot)',
  showOriginal: 'Ipakita ang orihinal',
  showTranslation: 'Ipakita ang salin',
  agentTyping: 'Nagta-type ang agent…',
  seen: 'Nakita na',
  unavailable: 'Hindi available ang chat sa site na ito ngayon.',
  errorEmpty: 'Mag-type muna ng mensahe bago ipadala.',
  errorTooLong:
    'Masyadong mahaba ang mensahe. Hanggang {max} character lang, kaya hatiin ito sa mas maiikling mensahe.',
  errorLength:
    '{length} character ang mensahe mo; hanggang {max} lang ang puwede. Hatiin ito sa mas maiikling mensahe.',
  errorRateLimited: 'Masyadong mabilis ang pagpapadala mo. Maghintay sandali, saka subukan ulit.',
  errorNotSent: 'Hindi naipadala ang mensahe. Pakisubukan ulit.',
  errorSessionEnded: 'Tapos na ang chat session mo. I-reload ang page para magpatuloy.',
  errorNotEnabled: 'Hindi pa naka-enable ang chat sa website na ito.',
  errorUnknown: 'Nagkaproblema sa aming panig. Pakisubukan ulit mamaya.',
  attach: 'Mag-attach ng litrato',
  emoji: 'Magdagdag ng emoji',
  errorAttachmentTooLarge: 'Masyadong malaki ang litrato. Hanggang {max} MB lang ang puwede.',
  errorAttachmentType: 'Litrato lang ang puwedeng ipadala rito: JPEG, PNG, WebP o GIF.',
  awayUntil: 'Wala kami ngayon. Babalik kami sa {when}.',
  awayNoAgents:
    'Walang online sa team namin ngayon. Mag-iwan ka ng mensahe at sasagot kami sa lalong madaling panahon.',
  emailOffer: 'Ipadala sa email ang sagot',
  emailLabel: 'Ang iyong email address',
  emailSave: 'I-save',
  emailSaved: 'Sasagot din kami sa {email}.',
  rateQuestion: 'Kumusta ang serbisyo namin?',
  rateLabel: '{rating} sa 5',
  rateThanks: 'Salamat sa iyong feedback!',
  removeAttachment: 'Alisin ang {name}',
} satisfies UiStrings & LaterStrings;
