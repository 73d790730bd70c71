import { describe, expect, it } from 'vitest';
import { replyTemplate } from './library.ts';
import { missingSlotMarker, renderTemplate, tokensIn } from './render.ts';
import type { ReplyTemplate } from './types.ts';

const shipped = replyTemplate('order_status.shipped')!;
const greeting = replyTemplate('greeting.welcome')!;
const slots = {
  order_id: 'SO-1042',
  tracking_number: 'TH123456789',
  tracking_url: 'https://track.example/TH123456789',
  eta_date: '12 March 2025',
};

describe('renderTemplate', () => {
  it('fills every slot and renders the English gloss with the same values', () => {
    const reply = renderTemplate(shipped, 'de', { slots })!;
    expect(reply.text).toContain('Ihre Bestellung SO-1042 ist unterwegs');
    expect(reply.text).toContain('https://track.example/TH123456789');
    expect(reply.gloss).toContain('Your order SO-1042 is on its way');
    expect(reply.missing).toEqual([]);
    expect(reply.language).toBe('de');
  });

  it('marks unfilled slots as [name] and lists them, so the UI can block sending', () => {
    const reply = renderTemplate(shipped, 'en', { slots: { order_id: 'SO-1042', tracking_url: '   ' } })!;
    expect(reply.text).toContain(missingSlotMarker('tracking_number'));
    expect(reply.text).toContain('[tracking_url]');
    expect(reply.text).not.toMatch(/\{[a-z_]+\}/);
    expect(reply.missing).toEqual(['tracking_number', 'tracking_url', 'eta_date']);
  });

  it('inserts hostile values literally and never expands a slot inside a value', () => {
    const reply = renderTemplate(greeting, 'en', {
      slots: { buyer_name: '{agent_name} <script>alert(1)</script>', agent_name: "$& $' {order_id}" },
    })!;
    expect(reply.text).toContain('Hi {agent_name} <script>alert(1)</script>, thanks');
    expect(reply.text).toContain("I'm $& $' {order_id} and");
    expect(reply.missing).toEqual([]);
  });

  it('does not let a slot value choose a persona token', () => {
    const reply = renderTemplate(greeting, 'th', {
      slots: { buyer_name: 'Somchai', agent_name: 'Nok', particle: 'จ้า' } as Record<string, string>,
      persona: { gender: 'male' },
    })!;
    expect(reply.text).not.toContain('จ้า');
    expect(reply.text).toContain('ครับ');
  });

  it('ignores values that are not strings instead of converting them', () => {
    const sneaky = { toString: () => 'ran' } as unknown as string;
    const reply = renderTemplate(shipped, 'en', { slots: { ...slots, order_id: sneaky } })!;
    expect(reply.text).not.toContain('ran');
    expect(reply.missing).toEqual(['order_id']);
  });

  it('fills {agent_name} from the persona display name, cleaned of bidi controls, unless a slot gives it', () => {
    const persona = { displayName: 'Mali\u202E', gender: 'female' as const };
    expect(renderTemplate(greeting, 'en', { slots: { buyer_name: 'Ann' }, persona })!.text).toContain(
      "I'm Mali and",
    );
    const explicit = renderTemplate(greeting, 'en', {
      slots: { buyer_name: 'Ann', agent_name: 'Joy' },
      persona,
    })!;
    expect(explicit.text).toContain("I'm Joy and");
  });

  it('resolves locales to the library language', () => {
    expect(renderTemplate(shipped, 'zh-TW', { slots })!.language).toBe('zh-Hant');
    expect(renderTemplate(shipped, 'zh-CN', { slots })!.text).toContain('已发货');
    expect(renderTemplate(shipped, 'pt-BR', { slots })!.language).toBe('pt');
    expect(renderTemplate(shipped, 'fil-PH', { slots })!.language).toBe('tl');
  });

  it('returns undefined when the template is not written in that language', () => {
    expect(renderTemplate(shipped, 'sw', { slots })).toBeUndefined();
    const englishOnly: ReplyTemplate = { ...shipped, texts: { en: shipped.texts.en } };
    expect(renderTemplate(englishOnly, 'th', { slots })).toBeUndefined();
  });

  it('passes the commitments through so the UI can flag the reply', () => {
    const refund = replyTemplate('return_refund.refund_issued')!;
    expect(renderTemplate(refund, 'en', { slots: { order_id: '1', amount: '$5.00' } })!.commitments).toEqual([
      'refund',
    ]);
  });
});

describe('tokensIn', () => {
  it('separates slots, persona tokens and anything unknown', () => {
    expect(tokensIn('{order_id} {particle} {order_id} {nope}')).toEqual({
      slots: ['order_id'],
      persona: ['particle'],
      unknown: ['nope'],
    });
  });
});
