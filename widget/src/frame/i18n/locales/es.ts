// Spanish (tú, as shops address shoppers) chat strings; en.ts has the keys and what each placeholder means.
import type { LaterStrings } from '../../later/en-later.ts';
import type { UiStrings } from '../en.ts';

export default {
  title: 'Chat',
  close: 'Cerrar chat',
  send: 'Enviar',
  inputLabel: 'Escribe tu mensaje',
  placeholder: 'Escribe un mensaje…',
  messagesLabel: 'Mensajes',
  empty: 'Pregúntanos lo que quieras. Te respondemos en tu idioma.',
  connecting: 'Conectando…',
  offline: 'Sin conexión. Tus mensajes se enviarán cuando vuelva la conexión.',
  sending: 'Enviando…',
  notSent: 'No enviado',
  you: 'Tú',
  autoReply: '{name} (respuesta automática)',
  showOriginal: 'Ver original',
  showTranslation: 'Ver traducción',
  agentTyping: 'Un agente está escribiendo…',
  seen: 'Visto',
  unavailable: 'El chat no está disponible en este sitio ahora mismo.',
  errorEmpty: 'Escribe un mensaje antes de enviarlo.',
  errorTooLong:
    'El mensaje es demasiado largo. El límite es de {max} caracteres, así que divídelo en mensajes más cortos.',
  errorLength:
    'Tu mensaje tiene {length} caracteres y el límite es de {max}. Divídelo en mensajes más cortos.',
  errorRateLimited: 'Estás enviando mensajes demasiado rápido. Espera un momento y vuelve a intentarlo.',
  errorNotSent: 'No se pudo enviar el mensaje. Inténtalo de nuevo.',
  errorSessionEnded: 'Tu sesión de chat ha terminado. Recarga la página para continuar.',
  errorNotEnabled: 'El chat todavía no está activado en este sitio web.',
  errorUnknown: 'Algo ha fallado por nuestra parte. Inténtalo de nuevo en unos instantes.',
  attach: 'Adjuntar una foto',
  emoji: 'Añadir un emoji',
  errorAttachmentTooLarge: 'La foto es demasiado grande. Las fotos pueden ocupar hasta {max} MB.',
  errorAttachmentType: 'Aquí solo se pueden enviar fotos: JPEG, PNG, WebP o GIF.',
  awayUntil: 'Ahora mismo no estamos disponibles. Estaremos de vuelta: {when}.',
  awayNoAgents:
    'Ahora mismo no hay nadie del equipo conectado. Déjanos un mensaje y te responderemos lo antes posible.',
  emailOffer: 'Recibir la respuesta por correo electrónico',
  emailLabel: 'Tu correo electrónico',
  emailSave: 'Guardar',
  emailSaved: 'También te responderemos a {email}.',
  rateQuestion: '¿Qué tal te hemos atendido?',
  rateLabel: '{rating} de 5',
  rateThanks: '¡Gracias por tu opinión!',
  removeAttachment: 'Quitar {name}',
} satisfies UiStrings & LaterStrings;
