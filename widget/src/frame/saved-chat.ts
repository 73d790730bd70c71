// Keeps unsent messages in IndexedDB on the relay origin, so what a shopper typed offline survives a reload and
// goes out, in order, once the chat is back (DESIGN: reliability). The memory version is the test implementation.
import type { OutboxMessage } from './chat-store.ts';

export interface OutboxStore {
  /** What an earlier page left unsent; an empty list when there is nothing or storage is unavailable. */
  load(): Promise<OutboxMessage[]>;
  /** Replaces the saved outbox. Never throws: losing persistence must not break sending. */
  save(items: readonly OutboxMessage[]): void;
}

function isOutboxMessage(value: unknown): value is OutboxMessage {
  const item = value as Partial<OutboxMessage> | null;
  return (
    typeof item?.clientId === 'string' && typeof item.text === 'string' && typeof item.createdAt === 'string'
  );
}

export function createMemoryOutbox(): OutboxStore & { readonly saved: readonly OutboxMessage[] } {
  let saved: OutboxMessage[] = [];
  return {
    get saved() {
      return saved;
    },
    load: async () => [...saved],
    save(items) {
      saved = [...items];
    },
  };
}

const STORE = 'outbox';

/** `indexedDB` is looked up lazily: in a frame denied storage, merely touching it may throw. */
export function createIndexedDbOutbox(
  siteKey: string,
  indexedDb: () => IDBFactory | undefined = () => globalThis.indexedDB,
): OutboxStore {
  let database: Promise<IDBDatabase> | undefined;
  const settle = <T>(request: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const open = () => {
    database ??= (async () => {
      const factory = indexedDb();
      if (!factory) throw new Error('IndexedDB is not available.');
      const request = factory.open('parley', 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      return settle(request);
    })();
    return database;
  };
  // Transactions are created in call order once the database is open, so the last save always wins.
  const store = async (mode: IDBTransactionMode) =>
    (await open()).transaction(STORE, mode).objectStore(STORE);
  return {
    async load() {
      try {
        const value: unknown = await settle((await store('readonly')).get(siteKey));
        return Array.isArray(value)
          ? value.filter(isOutboxMessage).map((item) => ({ ...item, status: 'sending' }))
          : [];
      } catch {
        return [];
      }
    },
    save(items) {
      store('readwrite')
        .then((objects) =>
          items.length ? settle(objects.put(items, siteKey)) : settle(objects.delete(siteKey)),
        )
        .catch(() => {});
    },
  };
}
