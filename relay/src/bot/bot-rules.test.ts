import { REPLY_LANGUAGES, REPLY_TEMPLATES } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { findCommitments } from '../assist/commitments.ts';
import { safeScript } from './auto-reply.ts';
import { isOpen, nextOpening } from './business-hours.ts';
import { asksForPerson } from './human-request.ts';

describe('a shopper asking for a person', () => {
  it('is recognised however it is typed, in many languages', () => {
    for (const text of [
      'can I talk to a real person please',
      'HUMAN',
      'speak to someone',
      'ขอคุยกับเจ้าหน้าที่ค่ะ',
      'ขอคุยกับแอดมินหน่อย',
      'cho em gặp nhân viên với ạ',
      'kak mau ngobrol sama admin aja',
      'boleh saya bercakap dengan staf?',
      'pwede po makausap ang totoong tao',
      '转人工',
      '我要找真人客服',
      '担当者に代わってください',
      '상담원 연결해 주세요',
      'Ich möchte mit einem Mitarbeiter sprechen',
      'je veux parler à un conseiller',
      'quiero hablar con una persona',
      'quero falar com um atendente',
      'أريد التحدث مع موظف',
      'соедините с оператором',
    ])
      expect(asksForPerson(text), text).toBe(true);
  });

  it('is not read into ordinary questions', () => {
    for (const text of [
      'where is my order?',
      'is this cream safe for a person with sensitive skin?',
      'ส่งของกี่วันคะ',
      'hàng bao giờ tới ạ',
      'Wann kommt mein Paket?',
      '这个有货吗',
    ])
      expect(asksForPerson(text), text).toBe(false);
  });
});

describe('business hours', () => {
  // Mondays 09:00–17:00 in Bangkok (UTC+7, no daylight saving).
  const hours = { timeZone: 'Asia/Bangkok', intervals: [{ day: 1, from: '09:00', to: '17:00' }] };

  it('are read on the site’s own wall clock', () => {
    expect(isOpen(hours, new Date('2026-11-23T03:00:00Z'))).toBe(true); // Monday 10:00 in Bangkok
    expect(isOpen(hours, new Date('2026-11-23T10:30:00Z'))).toBe(false); // Monday 17:30 in Bangkok
    expect(isOpen(null, new Date())).toBe(true);
  });

  it('say when the team is next back', () => {
    expect(nextOpening(hours, new Date('2026-11-23T10:30:00Z'))?.toISOString()).toBe(
      '2026-11-30T02:00:00.000Z',
    );
    expect(nextOpening({ timeZone: 'UTC', intervals: [] }, new Date())).not.toBeNull();
  });
});

describe('what the bot may send from the library', () => {
  it('is never a script that promises or needs order details', () => {
    for (const template of REPLY_TEMPLATES) {
      for (const language of REPLY_LANGUAGES) {
        const text = safeScript(template, language);
        if (template.commitments.length > 0) expect(text).toBeNull();
        if (text !== null) {
          expect(text).not.toMatch(/\[[a-z_]+\]/);
          expect(findCommitments(text)).toEqual([]);
        }
      }
    }
  });
});
