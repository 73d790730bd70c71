// German (formal Sie) chat strings; en.ts has the keys and what each placeholder means.
import type { LaterStrings } from '../../later/en-later.ts';
import type { UiStrings } from '../en.ts';

export default {
  title: 'Chat',
  close: 'Chat schließen',
  send: 'Senden',
  inputLabel: 'Ihre Nachricht',
  placeholder: 'Nachricht schreiben…',
  messagesLabel: 'Nachrichten',
  empty: 'Fragen Sie uns gern alles. Wir antworten in Ihrer Sprache.',
  connecting: 'Verbindung wird hergestellt…',
  offline: 'Offline. Ihre Nachrichten werden gesendet, sobald die Verbindung wieder steht.',
  sending: 'Wird gesendet…',
  notSent: 'Nicht gesendet',
  you: 'Sie',
  autoReply: '{name} (automatische Antwort)',
  showOriginal: 'Original anzeigen',
  showTranslation: 'Übersetzung anzeigen',
  agentTyping: 'Ein Mitarbeiter schreibt…',
  seen: 'Gelesen',
  unavailable: 'Der Chat ist auf dieser Website gerade nicht verfügbar.',
  errorEmpty: 'Bitte schreiben Sie zuerst eine Nachricht.',
  errorTooLong:
    'Die Nachricht ist zu lang. Erlaubt sind {max} Zeichen, bitte teilen Sie sie in kürzere Nachrichten auf.',
  errorLength:
    'Ihre Nachricht hat {length} Zeichen, erlaubt sind {max}. Bitte teilen Sie sie in kürzere Nachrichten auf.',
  errorRateLimited:
    'Sie senden Nachrichten zu schnell. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.',
  errorNotSent: 'Die Nachricht konnte nicht gesendet werden. Bitte versuchen Sie es erneut.',
  errorSessionEnded: 'Ihre Chat-Sitzung ist beendet. Laden Sie die Seite neu, um fortzufahren.',
  errorNotEnabled: 'Der Chat ist für diese Website noch nicht freigeschaltet.',
  errorUnknown: 'Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal.',
  attach: 'Foto anhängen',
  emoji: 'Emoji einfügen',
  errorAttachmentTooLarge: 'Das Foto ist zu groß. Fotos dürfen höchstens {max} MB groß sein.',
  errorAttachmentType: 'Hier können nur Fotos gesendet werden: JPEG, PNG, WebP oder GIF.',
  awayUntil: 'Wir sind gerade nicht erreichbar. Ab {when} sind wir wieder für Sie da.',
  awayNoAgents:
    'Gerade ist niemand aus unserem Team online. Hinterlassen Sie uns eine Nachricht, wir antworten so schnell wie möglich.',
  emailOffer: 'Antwort per E-Mail erhalten',
  emailLabel: 'Ihre E-Mail-Adresse',
  emailSave: 'Speichern',
  emailSaved: 'Wir antworten Ihnen zusätzlich an {email}.',
  rateQuestion: 'Wie zufrieden waren Sie mit uns?',
  rateLabel: '{rating} von 5',
  rateThanks: 'Vielen Dank für Ihr Feedback!',
  removeAttachment: '{name} entfernen',
} satisfies UiStrings & LaterStrings;
