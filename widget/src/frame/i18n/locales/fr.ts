// French chat strings; en.ts has the keys and what each placeholder means.
import type { LaterStrings } from '../../later/en-later.ts';
import type { UiStrings } from '../en.ts';

export default {
  title: 'Discussion',
  close: 'Fermer la discussion',
  send: 'Envoyer',
  inputLabel: 'Votre message',
  placeholder: 'Écrivez un message…',
  messagesLabel: 'Messages',
  empty: 'Posez-nous toutes vos questions. Nous répondons dans votre langue.',
  connecting: 'Connexion…',
  offline: 'Hors ligne. Vos messages seront envoyés dès le retour de la connexion.',
  sending: 'Envoi…',
  notSent: 'Non envoyé',
  you: 'Vous',
  autoReply: '{name} (réponse automatique)',
  showOriginal: 'Voir l’original',
  showTranslation: 'Voir la traduction',
  agentTyping: 'Un conseiller écrit…',
  seen: 'Vu',
  unavailable: 'La discussion n’est pas disponible sur ce site pour le moment.',
  errorEmpty: 'Écrivez un message avant de l’envoyer.',
  errorTooLong:
    'Ce message est trop long. La limite est de {max} caractères, divisez-le en messages plus courts.',
  errorLength:
    'Votre message compte {length} caractères pour une limite de {max}. Divisez-le en messages plus courts.',
  errorRateLimited: 'Vous envoyez des messages trop rapidement. Patientez un instant, puis réessayez.',
  errorNotSent: 'Ce message n’a pas pu être envoyé. Veuillez réessayer.',
  errorSessionEnded: 'Votre session de discussion a pris fin. Rechargez la page pour continuer.',
  errorNotEnabled: 'La discussion n’est pas encore activée pour ce site.',
  errorUnknown: 'Un problème est survenu de notre côté. Veuillez réessayer dans un instant.',
  attach: 'Joindre une photo',
  emoji: 'Ajouter un emoji',
  errorAttachmentTooLarge: 'Cette photo est trop volumineuse. Les photos peuvent peser jusqu’à {max} Mo.',
  errorAttachmentType: 'Seules les photos peuvent être envoyées ici : JPEG, PNG, WebP ou GIF.',
  awayUntil: 'Nous sommes absents pour le moment. Retour prévu : {when}.',
  awayNoAgents:
    'Aucun membre de l’équipe n’est en ligne pour le moment. Laissez-nous un message, nous vous répondrons dès que possible.',
  emailOffer: 'Recevoir la réponse par e-mail',
  emailLabel: 'Votre adresse e-mail',
  emailSave: 'Enregistrer',
  emailSaved: 'Nous vous répondrons aussi à {email}.',
  rateQuestion: 'Qu’avez-vous pensé de notre échange ?',
  rateLabel: '{rating} sur 5',
  rateThanks: 'Merci pour votre avis !',
  removeAttachment: 'Retirer {name}',
} satisfies UiStrings & LaterStrings;
