// Italian chat strings; en.ts has the keys and what each placeholder means.
import type { LaterStrings } from '../../later/en-later.ts';
import type { UiStrings } from '../en.ts';

export default {
  title: 'Chat',
  close: 'Chiudi la chat',
  send: 'Invia',
  inputLabel: 'Scrivi il tuo messaggio',
  placeholder: 'Scrivi un messaggio…',
  messagesLabel: 'Messaggi',
  empty: 'Chiedici pure qualsiasi cosa. Rispondiamo nella tua lingua.',
  connecting: 'Connessione in corso…',
  offline: 'Sei offline. I tuoi messaggi verranno inviati quando la connessione tornerà.',
  sending: 'Invio in corso…',
  notSent: 'Non inviato',
  you: 'Tu',
  autoReply: '{name} (risposta automatica)',
  showOriginal: 'Mostra originale',
  showTranslation: 'Mostra traduzione',
  agentTyping: 'Un operatore sta scrivendo…',
  seen: 'Visualizzato',
  unavailable: 'La chat non è disponibile su questo sito al momento.',
  errorEmpty: 'Scrivi un messaggio prima di inviarlo.',
  errorTooLong:
    'Il messaggio è troppo lungo. Il limite è di {max} caratteri: dividilo in messaggi più brevi.',
  errorLength:
    'Il tuo messaggio è lungo {length} caratteri; il limite è {max}. Dividilo in messaggi più brevi.',
  errorRateLimited: 'Stai inviando messaggi troppo velocemente. Attendi un momento e riprova.',
  errorNotSent: 'Non è stato possibile inviare il messaggio. Riprova.',
  errorSessionEnded: 'La sessione di chat è terminata. Ricarica la pagina per continuare.',
  errorNotEnabled: 'La chat non è ancora attiva per questo sito.',
  errorUnknown: 'Si è verificato un problema da parte nostra. Riprova tra poco.',
  attach: 'Allega una foto',
  emoji: 'Aggiungi emoji',
  errorAttachmentTooLarge: 'La foto è troppo grande. Le foto possono pesare al massimo {max} MB.',
  errorAttachmentType: 'Qui puoi inviare solo foto: JPEG, PNG, WebP o GIF.',
  awayUntil: 'Al momento non siamo disponibili. Saremo di nuovo qui: {when}.',
  awayNoAgents:
    'Al momento nessuno del team è online. Lasciaci un messaggio e ti risponderemo il prima possibile.',
  emailOffer: 'Ricevi la risposta via email',
  emailLabel: 'Il tuo indirizzo email',
  emailSave: 'Salva',
  emailSaved: 'Ti risponderemo anche a {email}.',
  rateQuestion: 'Come valuti la nostra assistenza?',
  rateLabel: '{rating} su 5',
  rateThanks: 'Grazie per il tuo feedback!',
  removeAttachment: 'Rimuovi {name}',
} satisfies UiStrings & LaterStrings;
