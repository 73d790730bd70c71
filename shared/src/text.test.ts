import { describe, expect, it } from 'vitest';
import { ParleyError } from './errors.ts';
import { MAX_MESSAGE_LENGTH } from './limits.ts';
import { checkMessageText, cleanDisplayName, readMessageText } from './text.ts';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof ParleyError ? error.code : 'not-a-parley-error';
  }
  return undefined;
}

describe('checkMessageText', () => {
  it('refuses empty and whitespace-only text with message_empty', () => {
    expect(codeOf(() => checkMessageText(''))).toBe('message_empty');
    expect(codeOf(() => checkMessageText(' \n\t '))).toBe('message_empty');
  });

  it('refuses text over the limit with message_too_long', () => {
    expect(codeOf(() => checkMessageText('a'.repeat(MAX_MESSAGE_LENGTH + 1)))).toBe('message_too_long');
    expect(checkMessageText('a'.repeat(MAX_MESSAGE_LENGTH))).toHaveLength(MAX_MESSAGE_LENGTH);
  });

  it('keeps inner line breaks and trims the ends', () => {
    expect(checkMessageText('  hello\nworld  ')).toBe('hello\nworld');
  });
});

describe('readMessageText', () => {
  it('answers with the same rules as checkMessageText, as data', () => {
    expect(readMessageText('  hi\n there ')).toEqual({ ok: true, text: 'hi\n there' });
    expect(readMessageText(' \n ')).toEqual({ ok: false, problem: { code: 'message_empty' } });
    expect(readMessageText('a'.repeat(MAX_MESSAGE_LENGTH + 1))).toEqual({
      ok: false,
      problem: {
        code: 'message_too_long',
        details: { length: MAX_MESSAGE_LENGTH + 1, limit: MAX_MESSAGE_LENGTH },
      },
    });
    expect(() => checkMessageText('a'.repeat(MAX_MESSAGE_LENGTH + 1))).toThrow(/limit is 4000/);
  });
});

describe('cleanDisplayName', () => {
  it('drops direction overrides and isolates that could disguise a name, and tidies whitespace', () => {
    expect(cleanDisplayName('  Support\u202Etroppus\u202C  Team ')).toBe('Supporttroppus Team');
    expect(cleanDisplayName('\u2067Admin\u2069')).toBe('Admin');
    expect(cleanDisplayName('Cafe\u0301')).toBe('Café');
    // Joiners are part of how some scripts are written, so they stay.
    expect(cleanDisplayName('می\u200Cخواهم')).toBe('می\u200Cخواهم');
  });
});
