import type { Message } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { lastSeq, mergeMessages, resumeSeq } from './merge-messages.ts';

const message = (seq: number, id = `msg_${seq}`): Message => ({
  id,
  conversationId: 'conv_1',
  seq,
  clientId: `client_${seq}`,
  author: 'visitor',
  authorId: null,
  text: `text ${seq}`,
  language: 'en',
  translations: {},
  createdAt: '2025-01-01T00:00:00.000Z',
});

describe('mergeMessages', () => {
  it('adds what is new and orders everything by seq, whatever order it arrived in', () => {
    const merged = mergeMessages([message(2)], [message(4), message(1), message(3)]);
    expect(merged.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
  });

  it('keeps one copy when an ack, a live event and a sync bring the same message', () => {
    const once = mergeMessages([], [message(1)]);
    const twice = mergeMessages(once, [message(1), message(1)]);
    expect(twice).toHaveLength(1);
    expect(twice).toBe(once);
  });

  it('treats a known seq as held even under another id', () => {
    expect(mergeMessages([message(1)], [message(1, 'other')])).toHaveLength(1);
  });
});

describe('lastSeq', () => {
  it('is the highest seq held, or 0', () => {
    expect(lastSeq([])).toBe(0);
    expect(lastSeq([message(3), message(7), message(5)])).toBe(7);
  });
});

describe('resumeSeq', () => {
  it('resumes after the unbroken run from seq 1, so a live event past a gap cannot hide the gap', () => {
    expect(resumeSeq([])).toBe(0);
    expect(resumeSeq([message(1), message(2), message(3)])).toBe(3);
    // Seqs 3 and 4 were missed while offline; 5 arrived live just before the sync.
    expect(resumeSeq([message(1), message(2), message(5)])).toBe(2);
    expect(resumeSeq([message(4)])).toBe(0);
  });
});
