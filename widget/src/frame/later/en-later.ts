// English strings of the parts of the chat loaded on demand (later/): away mode, the email form, the rating, photo
// previews. `{when}` is a weekday and time in the shopper's time zone; `{email}` the address they gave; `{rating}`
// a number from 1 to 5; `{name}` a file name; `{max}` and `{length}` numbers already formatted for the language.
// Error sentences live here too: a shopper who never meets an error never downloads them.

export const enLater = {
  awayUntil: "We're away right now. We'll be back {when}.",
  awayNoAgents:
    "No one from the team is online right now. Leave a message and we'll reply as soon as we can.",
  emailOffer: 'Get the reply by email',
  emailLabel: 'Your email address',
  emailSave: 'Save',
  emailSaved: "We'll also reply to {email}.",
  rateQuestion: 'How did we do?',
  rateLabel: '{rating} out of 5',
  rateThanks: 'Thank you for your feedback!',
  removeAttachment: 'Remove {name}',
  unavailable: 'Chat is not available on this site right now.',
  errorEmpty: 'Type a message before sending.',
  errorTooLong: 'That message is too long. The limit is {max} characters, so split it into shorter messages.',
  errorLength:
    'Your message is {length} characters long; the limit is {max}. Split it into shorter messages.',
  errorRateLimited: 'You are sending messages too quickly. Wait a moment, then try again.',
  errorNotSent: 'That message could not be sent. Please try again.',
  errorSessionEnded: 'Your chat session has ended. Reload the page to continue.',
  errorNotEnabled: 'Chat is not enabled for this website yet.',
  errorUnknown: 'Something went wrong on our side. Please try again in a moment.',
  errorAttachmentTooLarge: 'That photo is too large. Photos can be up to {max} MB.',
  errorAttachmentType: 'Only photos can be sent here: JPEG, PNG, WebP or GIF.',
};

export type LaterStrings = Record<keyof typeof enLater, string>;
