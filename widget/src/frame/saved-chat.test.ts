import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { OutboxMessage } from './chat-store.ts';
import { createIndexedDbOutbox } from './outbox-store.ts';

const item = (clientId: string, text: string): OutboxMessage => ({
  clientId,
  text,
  status: 'sending',
  createdAt: '2025-01-01T00:00:00.000Z',
});

/** Saves are fire-and-forget; a load queued after them sees their result, as the next page would. */
describe('createIndexedDbOutbox', () => {
  it('gives the next page what this one left unsent, in order', async () => {
    const browser = new IDBFactory();
    const page = createIndexedDbOutbox('pk_1', () => browser);
    page.save([item('a', 'first')]);
    page.save([item('a', 'first'), item('b', 'second')]);
    await page.load();

    const nextPage = createIndexedDbOutbox('pk_1', () => browser);
    expect((await nextPage.load()).map((entry) => entry.text)).toEqual(['first', 'second']);
    expect(await createIndexedDbOutbox('pk_other', () => browser).load()).toEqual([]);
  });

  it('forgets everything once the outbox is empty', async () => {
    const browser = new IDBFactory();
    const page = createIndexedDbOutbox('pk_1', () => browser);
    page.save([item('a', 'first')]);
    page.save([]);
    expect(await page.load()).toEqual([]);
  });

  it('works as a no-op where IndexedDB is unavailable or denied', async () => {
    const page = createIndexedDbOutbox('pk_1', () => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    page.save([item('a', 'first')]);
    expect(await page.load()).toEqual([]);
  });
});
