import { describe, expect, it } from 'vitest';
import { parseCsvImport } from './import-csv.ts';

describe('parseCsvImport', () => {
  it('merges rows of one title and topic into one entry with an answer per language', () => {
    const csv =
      '\uFEFFTopic,Title,Language,Answer,Tags,Allows\r\n' +
      'returns,Returns,en,"Within 30 days,\r\nunopened.","returns; refund",refund\r\n' +
      'returns,Returns,th-TH,คืนได้ภายใน 30 วัน,,free return\r\n' +
      ',Opening hours,EN,9–18 Mon–Fri\r\n';
    expect(parseCsvImport(csv)).toEqual({
      entries: [
        {
          line: 2,
          topic: 'returns',
          title: 'Returns',
          answers: { en: 'Within 30 days,\nunopened.', th: 'คืนได้ภายใน 30 วัน' },
          tags: ['returns', 'refund'],
          allows: ['refund', 'free_return'],
        },
        {
          line: 5,
          topic: 'other',
          title: 'Opening hours',
          answers: { en: '9–18 Mon–Fri' },
          tags: [],
          allows: [],
        },
      ],
      skipped: [],
    });
  });

  it('reports bad rows by the line they start on and keeps the rest', () => {
    const csv = [
      'topic,title,language,answer',
      'shipping,Ship,en,"two', // 2
      'lines"', // 3
      'shipping,Ship,thai,ส่งเร็ว', // 4
      'shipping,,en,no title', // 5
      'shipping,Ship,de,', // 6
      'shipping,Ship,es,uno,dos,tres,cuatro', // 7
      'shipping,Ship,pt,"never closed', // 8
    ].join('\n');
    const { entries, skipped } = parseCsvImport(csv);
    expect(entries).toEqual([expect.objectContaining({ line: 2, answers: { en: 'two\nlines' } })]);
    expect(skipped).toEqual([
      { line: 4, reason: expect.stringContaining('"thai" is not a language code') },
      { line: 5, reason: 'the title is empty' },
      { line: 6, reason: 'the answer of "Ship" is empty' },
      { line: 7, reason: 'the row has more cells than the header has columns' },
      { line: 8, reason: 'a quoted cell is never closed' },
    ]);
  });

  it('refuses a file without the columns it needs, or without a header', () => {
    expect(() => parseCsvImport('question,reply\nx,y')).toThrow(/no title, language, answer column/);
    expect(() => parseCsvImport('')).toThrow(/empty/);
  });
});
