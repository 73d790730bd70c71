import { describe, expect, it } from 'vitest';
import { parseMarkdownImport } from './import-markdown.ts';

describe('parseMarkdownImport', () => {
  it('reads front lines, the default-language body and ### language sections', () => {
    const markdown = [
      '## Returns within 30 days', // 1
      'Topic: Returns', // 2
      'allows: refund, free-return', // 3
      '', // 4
      'Unopened products can be returned within 30 days.', // 5
      '', // 6
      '### th — ไทย', // 7
      'คืนได้ภายใน 30 วัน', // 8
      '### pt-BR', // 9
      'Devolução em até 30 dias.', // 10
      '', // 11
      '```', // 12
      '## not a heading inside a fence', // 13
      '```', // 14
    ].join('\r\n');
    const { entries, skipped } = parseMarkdownImport(markdown, 'en');
    expect(skipped).toEqual([]);
    expect(entries).toEqual([
      {
        line: 1,
        topic: 'returns',
        title: 'Returns within 30 days',
        answers: {
          en: 'Unopened products can be returned within 30 days.',
          th: 'คืนได้ภายใน 30 วัน',
          pt: 'Devolução em até 30 dias.\n\n```\n## not a heading inside a fence\n```',
        },
        tags: [],
        allows: ['refund', 'free_return'],
      },
    ]);
  });

  it('skips a section with a bad front line or no answer, and a second answer in one language', () => {
    const markdown = [
      '## Coupons', // 1
      'allows: cashback', // 2
      'Ask us.', // 3
      '## Empty', // 4
      '', // 5
      '## Hours', // 6
      '9–18.', // 7
      '### en', // 8
      'Nine to six.', // 9
    ].join('\n');
    expect(parseMarkdownImport(markdown, 'en').skipped).toEqual([
      { line: 2, reason: expect.stringContaining('unknown commitment "cashback"') },
      { line: 4, reason: '"Empty" has no answer text' },
      { line: 8, reason: 'a second en answer for "Hours" (the first is on line 6)' },
    ]);
  });

  it('refuses a document with no "##" entry at all', () => {
    expect(() => parseMarkdownImport('# Just a title\n\nSome text.', 'en')).toThrow(/no entries/);
  });
});
