// Russian (wording avoids plural agreement with {length}) chat strings; en.ts has the keys and what each placeholder means.
import type { UiStrings } from '../en.ts';

export default {
  title: 'Чат',
  close: 'Закрыть чат',
  send: 'Отправить',
  inputLabel: 'Ваше сообщение',
  placeholder: 'Напишите сообщение…',
  messagesLabel: 'Сообщения',
  empty: 'Задайте нам любой вопрос. Мы отвечаем на вашем языке.',
  connecting: 'Подключение…',
  offline: 'Нет подключения. Ваши сообщения будут отправлены, когда связь восстановится.',
  sending: 'Отправка…',
  notSent: 'Не отправлено',
  you: 'Вы',
  autoReply: '{name} (автоответ)',
  showOriginal: 'Показать оригинал',
  showTranslation: 'Показать перевод',
  agentTyping: 'Оператор печатает…',
  seen: 'Прочитано',
  unavailable: 'Чат на этом сайте сейчас недоступен.',
  errorEmpty: 'Напишите сообщение перед отправкой.',
  errorTooLong:
    'Сообщение слишком длинное. Максимальная длина — {max} символов, разделите его на несколько сообщений.',
  errorLength:
    'Длина сообщения: {length}, а допустимо не больше {max} символов. Разделите его на несколько сообщений.',
  errorRateLimited: 'Вы отправляете сообщения слишком часто. Подождите немного и попробуйте снова.',
  errorNotSent: 'Не удалось отправить сообщение. Попробуйте ещё раз.',
  errorSessionEnded: 'Сеанс чата завершён. Перезагрузите страницу, чтобы продолжить.',
  errorNotEnabled: 'Чат для этого сайта ещё не включён.',
  errorUnknown: 'У нас что-то пошло не так. Попробуйте ещё раз чуть позже.',
} satisfies UiStrings;
