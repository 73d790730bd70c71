import type { Message } from '@parley/shared';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { OutboxMessage } from './chat-store.ts';
import { createIndexedDbSavedChat, HISTORY_LIMIT } from './saved-chat.ts';

const item = (clientId: string, text: string, minute = 0): OutboxMessage => ({
  clientId,
  text,
  status: 'sending',
  createdAt: `2025-01-01T00:0${minute}:00.000Z`,
});

const message = (seq: number): Message => ({
  id: `msg_${seq}`,
  conversationId: 'conv_1',
  seq,
  clientId: `c${seq}`,
  author: 'visitor',
  authorId: null,
  text: `message ${seq}`,
  language: 'en',
  translations: {},
  createdAt: '2025-01-01T00:00:00.000Z',
});

/** Saves are fire-and-forget; a load queued after them sees their result, as the next page would. */
describe('createIndexedDbSavedChat', () => {
  it('gives the next page what this one left unsent, in order, and the conversation so far', async () => {
    const browser = new IDBFactory();
    const page = createIndexedDbSavedChat('pk_1', () => browser);
    page.saveOutbox([item('a', 'first', 1)], []);
    page.saveOutbox([item('a', 'first', 1), item('b', 'second', 2)], []);
    page.saveHistory([message(1), message(2)]);
    await page.load();

    const nextPage = createIndexedDbSavedChat('pk_1', () => browser);
    const saved = await nextPage.load();
    expect(saved.outbox.map((entry) => entry.text)).toEqual(['first', 'second']);
    expect(saved.history.map((entry) => entry.seq)).toEqual([1, 2]);
    expect(await createIndexedDbSavedChat('pk_other', () => browser).load()).toEqual({
      outbox: [],
      history: [],
    });
  });

  it('keeps what another tab of the same shop left unsent, and forgets only what this tab settled', async () => {
    const browser = new IDBFactory();
    const tabA = createIndexedDbSavedChat('pk_1', () => browser);
    const tabB = createIndexedDbSavedChat('pk_1', () => browser);
    tabA.saveOutbox([item('a', 'from tab A', 1)], []);
    await tabA.load();
    tabB.saveOutbox([item('b', 'from tab B', 2)], []);
    await tabB.load();
    expect((await tabA.load()).outbox.map((entry) => entry.text)).toEqual(['from tab A', 'from tab B']);

    tabA.saveOutbox([], ['a']); // Tab A's message was acknowledged.
    expect((await tabB.load()).outbox.map((entry) => entry.text)).toEqual(['from tab B']);
    tabB.saveOutbox([], ['b']);
    expect((await tabB.load()).outbox).toEqual([]);
  });

  it(`keeps only the newest ${HISTORY_LIMIT} messages`, async () => {
    const browser = new IDBFactory();
    const page = createIndexedDbSavedChat('pk_1', () => browser);
    page.saveHistory(Array.from({ length: HISTORY_LIMIT + 5 }, (_, index) => message(index + 1)));
    const { history } = await page.load();
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]?.seq).toBe(6);
  });

  it('reads what version 1 of the widget left unsent', async () => {
    const browser = new IDBFactory();
    await new Promise<void>((resolve, reject) => {
      const request = browser.open('parley', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('outbox');
      request.onsuccess = () => {
        const db = request.result;
        const put = db
          .transaction('outbox', 'readwrite')
          .objectStore('outbox')
          .put([item('a', 'old')], 'pk_1');
        put.onsuccess = () => {
          db.close();
          resolve();
        };
        put.onerror = () => reject(put.error);
      };
    });
    const saved = await createIndexedDbSavedChat('pk_1', () => browser).load();
    expect(saved.outbox.map((entry) => entry.text)).toEqual(['old']);
  });

  it('drops what is not a message, and works as a no-op where IndexedDB is unavailable or denied', async () => {
    const browser = new IDBFactory();
    const page = createIndexedDbSavedChat('pk_1', () => browser);
    page.saveHistory([message(1), { id: 1 } as unknown as Message]);
    expect((await page.load()).history.map((entry) => entry.seq)).toEqual([1]);

    const denied = createIndexedDbSavedChat('pk_1', () => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    denied.saveOutbox([item('a', 'first')], []);
    denied.saveHistory([message(1)]);
    expect(await denied.load()).toEqual({ outbox: [], history: [] });
  });
});
