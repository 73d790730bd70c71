// Spanish (tú, as shops address shoppers) chat strings; en.ts has the keys and what each placeholder means.
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
} satisfies UiStrings;
