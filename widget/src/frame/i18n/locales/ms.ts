// Malay chat strings; en.ts has the keys and what each placeholder means.
import type { UiStrings } from '../en.ts';

export default {
  title: 'Sembang',
  close: 'Tutup sembang',
  send: 'Hantar',
  inputLabel: 'Taip mesej anda',
  placeholder: 'Taip mesej…',
  messagesLabel: 'Mesej',
  empty: 'Tanyalah apa sahaja. Kami membalas dalam bahasa anda.',
  connecting: 'Menyambung…',
  offline: 'Luar talian. Mesej anda akan dihantar apabila sambungan pulih.',
  sending: 'Menghantar…',
  notSent: 'Tidak dihantar',
  you: 'Anda',
  autoReply: '{name} (balasan automatik)',
  showOriginal: 'Lihat teks asal',
  showTranslation: 'Lihat terjemahan',
  agentTyping: 'Ejen sedang menaip…',
  seen: 'Dilihat',
  unavailable: 'Sembang tidak tersedia di laman ini buat masa ini.',
  errorEmpty: 'Taip mesej sebelum menghantar.',
  errorTooLong:
    'Mesej itu terlalu panjang. Hadnya {max} aksara, jadi pecahkan kepada mesej yang lebih pendek.',
  errorLength: 'Mesej anda sepanjang {length} aksara; hadnya {max}. Pecahkan kepada mesej yang lebih pendek.',
  errorRateLimited: 'Anda menghantar mesej terlalu cepat. Tunggu sebentar, kemudian cuba lagi.',
  errorNotSent: 'Mesej itu tidak dapat dihantar. Sila cuba lagi.',
  errorSessionEnded: 'Sesi sembang anda telah tamat. Muat semula halaman untuk meneruskan.',
  errorNotEnabled: 'Sembang belum diaktifkan untuk laman web ini.',
  errorUnknown: 'Berlaku ralat di pihak kami. Sila cuba lagi sebentar nanti.',
} satisfies UiStrings;
