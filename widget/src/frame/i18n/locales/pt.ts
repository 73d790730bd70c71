// Portuguese (Brazilian, understood in Portugal) chat strings; en.ts has the keys and what each placeholder means.
import type { UiStrings } from '../en.ts';

export default {
  title: 'Chat',
  close: 'Fechar chat',
  send: 'Enviar',
  inputLabel: 'Digite sua mensagem',
  placeholder: 'Digite uma mensagem…',
  messagesLabel: 'Mensagens',
  empty: 'Pergunte o que quiser. Respondemos no seu idioma.',
  connecting: 'Conectando…',
  offline: 'Sem conexão. Suas mensagens serão enviadas quando a conexão voltar.',
  sending: 'Enviando…',
  notSent: 'Não enviada',
  you: 'Você',
  autoReply: '{name} (resposta automática)',
  showOriginal: 'Ver original',
  showTranslation: 'Ver tradução',
  agentTyping: 'Um atendente está digitando…',
  seen: 'Vista',
  unavailable: 'O chat não está disponível neste site no momento.',
  errorEmpty: 'Digite uma mensagem antes de enviar.',
  errorTooLong:
    'A mensagem é longa demais. O limite é de {max} caracteres, então divida-a em mensagens menores.',
  errorLength: 'Sua mensagem tem {length} caracteres; o limite é {max}. Divida-a em mensagens menores.',
  errorRateLimited: 'Você está enviando mensagens rápido demais. Aguarde um momento e tente de novo.',
  errorNotSent: 'Não foi possível enviar a mensagem. Tente novamente.',
  errorSessionEnded: 'Sua sessão de chat terminou. Recarregue a página para continuar.',
  errorNotEnabled: 'O chat ainda não foi ativado para este site.',
  errorUnknown: 'Algo deu errado do nosso lado. Tente novamente em instantes.',
} satisfies UiStrings;
