import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.ts';

const lang = (text: string, locale?: string) => detectLanguage(text, locale ? { locale } : {}).language;

describe('detectLanguage on the hard cases of chat', () => {
  it('tells Indonesian from Malay by how buyers write', () => {
    expect(lang('kak pesanan aku kok belum nyampe ya')).toBe('id');
    expect(lang('boss, barang saya tak sampai lagi, bila nak hantar?')).toBe('ms');
  });

  it('tells Spanish from Portuguese', () => {
    expect(lang('¿dónde está mi pedido? ya pasaron dos semanas')).toBe('es');
    expect(lang('cadê meu pedido? já faz duas semanas')).toBe('pt');
  });

  it('reads Taglish, Manglish and Indonesian chat English as the buyer’s own language', () => {
    expect(lang('thank you po, pwede pa-check ng order ko')).toBe('tl');
    expect(lang('ok thanks po')).toBe('tl');
    expect(lang('can lah boss, thanks')).toBe('ms');
  });

  it('handles one- and two-word messages', () => {
    expect(lang('obrigado')).toBe('pt');
    expect(lang('danke')).toBe('de');
    expect(lang('ขอบคุณค่ะ')).toBe('th');
    expect(lang('감사합니다')).toBe('ko');
  });

  it('separates Simplified and Traditional Chinese', () => {
    expect(detectLanguage('这个还有货吗')).toMatchObject({ language: 'zh', script: 'Hans' });
    expect(detectLanguage('這個還有貨嗎')).toMatchObject({ language: 'zh', script: 'Hant' });
  });

  it('takes emoji-only language from the locale, and says "und" without one', () => {
    expect(detectLanguage('🙏🙏', { locale: 'th-TH' })).toMatchObject({ language: 'th', region: 'TH' });
    expect(lang('👍')).toBe('und');
  });

  it('lets the locale settle what the letters cannot', () => {
    expect(lang('ok', 'vi-VN')).toBe('vi');
    expect(lang('terima kasih', 'ms-MY')).toBe('ms');
    expect(lang('terima kasih', 'id-ID')).toBe('id');
  });

  it('does not let a locale override text plainly in another script', () => {
    expect(lang('ใช้ครีมนี้แล้วแพ้ค่ะ', 'en-US')).toBe('th');
  });

  it('still names languages Parley has no chat data for', () => {
    expect(lang('Hej, var är mitt paket? Jag beställde för två veckor sedan och har inte fått något.')).toBe(
      'sv',
    );
    expect(lang('Γεια σας, πού είναι η παραγγελία μου;')).toBe('el');
  });

  it('reads a short follow-up in the language of the buyer’s earlier messages', () => {
    const malay = ['bila barang sampai? dah seminggu saya tunggu'];
    const indonesian = ['kapan paket saya sampai kak? udah seminggu nih'];
    expect(detectLanguage('terima kasih', { history: malay }).language).toBe('ms');
    expect(detectLanguage('terima kasih', { history: indonesian }).language).toBe('id');
    expect(detectLanguage('ok noted', { history: malay }).language).toBe('ms');
    expect(
      detectLanguage('hay stock?', { history: ['hola, cuánto tarda el envío a Madrid?'] }).language,
    ).toBe('es');
    expect(
      detectLanguage('serve no iphone 13?', { history: ['oi, o pedido ainda não chegou'] }).language,
    ).toBe('pt');
  });

  it('does not let earlier messages override a message plainly in another language', () => {
    const indonesian = ['kapan paket saya sampai kak? udah seminggu nih'];
    expect(detectLanguage('still nothing?', { history: indonesian }).language).toBe('en');
    expect(detectLanguage('ขอบคุณค่ะ', { history: ['where is my order?'] }).language).toBe('th');
    expect(
      detectLanguage('Wo ist meine Bestellung? Ich warte schon seit zwei Wochen darauf.', {
        history: ['hola', 'gracias'],
      }).language,
    ).toBe('de');
  });

  it('prefers the store’s languages, in the store’s order, when the text allows them', () => {
    expect(detectLanguage('terima kasih', { markets: ['ms', 'en', 'zh'] }).language).toBe('ms');
    expect(detectLanguage('beli 20 pcs harga berapa?', { markets: ['ms', 'en'] }).language).toBe('ms');
    expect(detectLanguage('hoi', { markets: ['nl', 'de', 'en'] }).language).toBe('nl');
    expect(detectLanguage('serve no iphone 13?', { markets: ['pt', 'es', 'en'] }).language).toBe('pt');
    // A buyer writing a language the store does not list is still read as that language.
    expect(detectLanguage('ใช้ครีมนี้แล้วแพ้ค่ะ', { markets: ['de', 'en'] }).language).toBe('th');
    expect(detectLanguage('cadê meu pedido? já faz duas semanas', { markets: ['es', 'en'] }).language).toBe(
      'pt',
    );
  });
});
