import { marketProfile } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { findCommitments } from './commitments.ts';
import { lintReply } from './culture-lint.ts';

const ids = (warnings: { ruleId: string }[]) => warnings.map((w) => w.ruleId);

describe('culture lint of an agent draft', () => {
  it('warns about 亲 and "dear" to a Western buyer, with a reason and a fix', () => {
    const warnings = lintReply({
      text: 'Hi dear, 亲 your parcel ships today',
      buyerLanguage: 'en',
      market: marketProfile('US'),
    });
    expect(ids(warnings)).toEqual(expect.arrayContaining(['pet-name', 'taobao-qin']));
    for (const warning of warnings) {
      expect(warning.reason.length).toBeGreaterThan(20);
      expect(warning.fix.length).toBeGreaterThan(5);
    }
  });

  it('warns about "du" to a German customer', () => {
    const warnings = lintReply({
      text: 'Kannst du mir bitte ein Foto schicken?',
      buyerLanguage: 'de',
      market: marketProfile('DE'),
    });
    expect(ids(warnings)).toContain('de-du');
  });

  it('warns about a Thai reply without a polite particle, and about the other gender’s particle', () => {
    const bare = lintReply({ text: 'ส่งของให้แล้ว', buyerLanguage: 'th', market: marketProfile('TH') });
    expect(ids(bare)).toContain('th-missing-particle');
    const wrong = lintReply({
      text: 'ส่งของให้แล้วครับ',
      buyerLanguage: 'th',
      market: marketProfile('TH'),
      persona: { gender: 'female' },
    });
    expect(ids(wrong)).toContain('persona-particle');
    const right = lintReply({
      text: 'ส่งของให้แล้วค่ะ',
      buyerLanguage: 'th',
      market: marketProfile('TH'),
      persona: { gender: 'female' },
    });
    expect(right).toEqual([]);
  });

  it('warns about several "!" to an Indonesian buyer', () => {
    const warnings = lintReply({
      text: 'Pesanan sudah dikirim ya Kak!!!',
      buyerLanguage: 'id',
      market: marketProfile('ID'),
    });
    expect(ids(warnings)).toContain('id-multiple-exclamation');
  });

  it('warns when the draft is still in the agent’s own language', () => {
    const warnings = lintReply({
      text: 'Chúng tôi đã gửi hàng cho bạn hôm qua rồi nhé',
      buyerLanguage: 'de',
      agentLanguage: 'vi',
      market: marketProfile('DE'),
    });
    expect(ids(warnings)).toContain('untranslated');
    const translated = lintReply({
      text: 'Wir haben Ihre Bestellung gestern verschickt.',
      buyerLanguage: 'de',
      agentLanguage: 'vi',
      market: marketProfile('DE'),
    });
    expect(ids(translated)).not.toContain('untranslated');
  });

  it('warns about a refund the knowledge base does not allow, and only flags one it does', () => {
    const text = 'We will refund you in full today.';
    const breach = lintReply({
      text,
      buyerLanguage: 'en',
      market: marketProfile('GB'),
      allowedCommitments: new Set(),
    });
    expect(ids(breach)).toContain('commitment-not-allowed:refund');
    const allowed = lintReply({
      text,
      buyerLanguage: 'en',
      market: marketProfile('GB'),
      allowedCommitments: new Set(['refund']),
    });
    expect(ids(allowed)).toEqual(['commitment:refund']);
  });
});

describe('commitments in a reply', () => {
  it('finds promises in several languages and ignores refusals', () => {
    expect(findCommitments('We will refund you and send a replacement.')).toEqual(['refund', 'replacement']);
    expect(findCommitments('ทางร้านจะคืนเงินให้ภายใน 3 วันค่ะ')).toEqual(['refund']);
    expect(findCommitments('已为您办理全额退款并补偿200元。')).toEqual(['refund', 'compensation']);
    expect(findCommitments('Wir gewähren Ihnen 10 % Rabatt.')).toEqual(['discount']);
    expect(findCommitments('Unfortunately we cannot offer a refund for opened cosmetics.')).toEqual([]);
    expect(findCommitments('Your parcel ships today.')).toEqual([]);
  });
});
