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
});
