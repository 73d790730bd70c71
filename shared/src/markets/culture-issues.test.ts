import { describe, expect, it } from 'vitest';
import { findCultureIssues } from './culture-issues.ts';

const ids = (...args: Parameters<typeof findCultureIssues>) =>
  findCultureIssues(...args).map((issue) => issue.ruleId);

describe('findCultureIssues', () => {
  it('flags "Hi dear", pet names and 亲 in English to Western buyers, with the reason and a fix', () => {
    const [issue] = findCultureIssues('Hi dear, your parcel is on the way', 'US', 'en');
    expect(issue?.ruleId).toBe('pet-name');
    expect(issue?.fix).toMatch(/first name/);
    expect(ids('Thanks honey!', 'GB', 'en')).toContain('pet-name');
    expect(ids('亲, your order shipped', 'US', 'en')).toContain('taobao-qin');
  });

  it('leaves honey the product alone', () => {
    expect(ids('Our manuka honey ships tomorrow.', 'US', 'en')).toEqual([]);
  });

  it('flags du to German customers, but not a du inside another word', () => {
    expect(ids('Kannst du uns ein Foto schicken?', 'DE', 'de')).toContain('de-du');
    expect(ids('Dein Paket ist unterwegs.', 'DE', 'de')).toContain('de-du');
    expect(ids('Bitte schicken Sie uns ein Foto vom Produkt.', 'DE', 'de')).toEqual([]);
  });

  it('flags several exclamation marks to Indonesian buyers', () => {
    expect(ids('Pesanan sudah dikirim ya Kak!!!', 'ID', 'id')).toContain('id-multiple-exclamation');
    expect(ids('Pesanan sudah dikirim ya, Kak!', 'ID', 'id')).toEqual([]);
  });

  it('flags a Thai reply with no polite particle', () => {
    expect(ids('สินค้าจัดส่งแล้ว', 'TH', 'th')).toContain('th-missing-particle');
    expect(ids('สินค้าจัดส่งแล้วค่ะ', 'TH', 'th')).toEqual([]);
    expect(ids('สินค้าจัดส่งแล้วครับ', 'TH')).toEqual([]);
  });

  it('flags the Malay traps that Indonesian agents fall into', () => {
    expect(ids('Kak butuh bantuan?', 'MY', 'ms')).toEqual(expect.arrayContaining(['ms-butuh', 'ms-kak']));
  });

  it('flags Simplified characters in a reply to Taiwan', () => {
    expect(ids('您的订单已出貨', 'TW', 'zh-Hant')).toContain('zh-hant-simplified');
    expect(ids('您的訂單已出貨', 'TW', 'zh-Hant')).toEqual([]);
  });

  it('flags Estimado/a as a gender-guessing address, not as the adjective "estimated"', () => {
    expect(ids('Estimada María, su pedido ya está en camino.', 'ES', 'es')).toContain('es-estimado');
    expect(ids('Estimado cliente:', 'ES', 'es')).toContain('es-estimado');
    expect(ids('La fecha estimada de entrega es el lunes.', 'ES', 'es')).toEqual([]);
  });

  it('applies language-scoped rules only to text in that language', () => {
    // "du" is French for "of the"; the German rule must not fire on it.
    expect(ids('Le suivi du colis est disponible.', 'DE', 'fr')).toEqual([]);
  });

  it('flags Latin punctuation after Arabic text but not inside a link', () => {
    expect(ids('كيف يمكنني مساعدتك?', 'SA', 'ar')).toContain('ar-latin-punctuation');
    expect(ids('تتبع الشحنة: https://t.example/?id=1', 'SA', 'ar')).toEqual([]);
  });
});
