// Vietnamese chat strings; en.ts has the keys and what each placeholder means.
import type { UiStrings } from '../en.ts';

export default {
  title: 'Trò chuyện',
  close: 'Đóng khung chat',
  send: 'Gửi',
  inputLabel: 'Nhập tin nhắn của bạn',
  placeholder: 'Nhập tin nhắn…',
  messagesLabel: 'Tin nhắn',
  empty: 'Bạn cần gì cứ hỏi nhé. Chúng tôi trả lời bằng ngôn ngữ của bạn.',
  connecting: 'Đang kết nối…',
  offline: 'Mất kết nối. Tin nhắn của bạn sẽ được gửi khi có mạng trở lại.',
  sending: 'Đang gửi…',
  notSent: 'Chưa gửi được',
  you: 'Bạn',
  autoReply: '{name} (trả lời tự động)',
  showOriginal: 'Xem bản gốc',
  showTranslation: 'Xem bản dịch',
  agentTyping: 'Nhân viên đang soạn tin…',
  seen: 'Đã xem',
  unavailable: 'Hiện không thể trò chuyện trên trang này.',
  errorEmpty: 'Vui lòng nhập tin nhắn trước khi gửi.',
  errorTooLong: 'Tin nhắn quá dài. Giới hạn là {max} ký tự, vui lòng chia thành các tin ngắn hơn.',
  errorLength:
    'Tin nhắn của bạn dài {length} ký tự; giới hạn là {max}. Vui lòng chia thành các tin ngắn hơn.',
  errorRateLimited: 'Bạn gửi tin nhắn quá nhanh. Vui lòng đợi một chút rồi thử lại.',
  errorNotSent: 'Không gửi được tin nhắn. Vui lòng thử lại.',
  errorSessionEnded: 'Phiên trò chuyện đã kết thúc. Vui lòng tải lại trang để tiếp tục.',
  errorNotEnabled: 'Trang web này chưa bật tính năng chat.',
  errorUnknown: 'Hệ thống của chúng tôi gặp sự cố. Vui lòng thử lại sau giây lát.',
} satisfies UiStrings;
