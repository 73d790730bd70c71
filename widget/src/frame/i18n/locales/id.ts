// Indonesian chat strings; en.ts has the keys and what each placeholder means.
import type { UiStrings } from '../en.ts';

export default {
  title: 'Chat',
  close: 'Tutup chat',
  send: 'Kirim',
  inputLabel: 'Tulis pesan Anda',
  placeholder: 'Tulis pesan…',
  messagesLabel: 'Pesan',
  empty: 'Silakan tanya apa saja. Kami membalas dalam bahasa Anda.',
  connecting: 'Menghubungkan…',
  offline: 'Offline. Pesan Anda akan terkirim saat koneksi kembali.',
  sending: 'Mengirim…',
  notSent: 'Tidak terkirim',
  you: 'Anda',
  autoReply: '{name} (balasan otomatis)',
  showOriginal: 'Lihat teks asli',
  showTranslation: 'Lihat terjemahan',
  agentTyping: 'Agen sedang mengetik…',
  seen: 'Dilihat',
  unavailable: 'Chat sedang tidak tersedia di situs ini.',
  errorEmpty: 'Tulis pesan sebelum mengirim.',
  errorTooLong:
    'Pesan terlalu panjang. Batasnya {max} karakter, jadi bagi menjadi beberapa pesan yang lebih pendek.',
  errorLength: 'Pesan Anda {length} karakter, batasnya {max}. Bagi menjadi beberapa pesan yang lebih pendek.',
  errorRateLimited: 'Anda mengirim pesan terlalu cepat. Tunggu sebentar, lalu coba lagi.',
  errorNotSent: 'Pesan tidak dapat dikirim. Silakan coba lagi.',
  errorSessionEnded: 'Sesi chat Anda telah berakhir. Muat ulang halaman untuk melanjutkan.',
  errorNotEnabled: 'Chat belum diaktifkan untuk situs ini.',
  errorUnknown: 'Terjadi kendala di sistem kami. Silakan coba lagi sebentar lagi.',
} satisfies UiStrings;
