// Keeps the chat in IndexedDB on the relay origin: the unsent messages, so what a shopper typed offline survives a
// reload and goes out, in order, once the chat is back; and the latest messages of the conversation, so a reload
// shows them at once, even offline (DESIGN: reliability). Raw IndexedDB rather than the `idb` wrapper: the wrapper
// would add 1.3 kB gzip to the 30 kB open-chat budget for the three requests made here.
import type { Message } from '@parley/shared';
import type { OutboxMessage } from './chat-store.ts';

export interface SavedChat {
  /** What an earlier page left: its unsent messages (in order) and the conversation's latest messages. */
  load(): Promise<{ outbox: OutboxMessage[]; history: Message[] }>;
  /**
   * Records this page's outbox change: `sending` entries are kept, `settled` client ids are dropped. Other tabs'
   * entries stay, so two tabs of one shop never overwrite each other's unsent messages. Never throws.
   */
  saveOutbox(sending: readonly OutboxMessage[], settled: readonly string[]): void;
  /** Replaces the saved history (the newest HISTORY_LIMIT messages are kept). Never throws. */
  saveHistory(messages: readonly Message[]): void;
}

/** Enough to show the conversation at once on a reload; older messages come from the relay. */
export const HISTORY_LIMIT = 200;

function isOutboxMessage(value: unknown): value is OutboxMessage {
  const item = value as Partial<OutboxMessage> | null;
  return (
    typeof item?.clientId === 'string' && typeof item.text === 'string' && typeof item.createdAt === 'string'
  );
}

function isMessage(value: unknown): value is Message {
  const message = value as Partial<Message> | null;
  return (
    typeof message?.id === 'string' &&
    typeof message.conversationId === 'string' &&
    Number.isSafeInteger(message.seq) &&
    typeof message.text === 'string'
  );
}

/** The outbox after a change: `sending` replaces or joins what was saved, `settled` leaves. */
export function mergeOutbox(
  saved: readonly OutboxMessage[],
  sending: readonly OutboxMessage[],
  settled: readonly string[],
): OutboxMessage[] {
  const mine = new Set([...settled, ...sending.map((item) => item.clientId)]);
  return [...saved.filter((item) => !mine.has(item.clientId)), ...sending].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  );
}

export function createMemorySavedChat(): SavedChat & { outbox: OutboxMessage[]; history: Message[] } {
  const saved = {
    outbox: [] as OutboxMessage[],
    history: [] as Message[],
    load: async () => ({ outbox: [...saved.outbox], history: [...saved.history] }),
    saveOutbox(sending: readonly OutboxMessage[], settled: readonly string[]) {
      saved.outbox = mergeOutbox(saved.outbox, sending, settled);
    },
    saveHistory(messages: readonly Message[]) {
      saved.history = messages.slice(-HISTORY_LIMIT);
    },
  };
  return saved;
}

const OUTBOX = 'outbox';
const HISTORY = 'history';

/** `indexedDB` is looked up lazily: in a frame denied storage, merely touching it may throw. */
export function createIndexedDbSavedChat(
  siteKey: string,
  indexedDb: () => IDBFactory | undefined = () => globalThis.indexedDB,
): SavedChat {
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
      // Version 2 added the history; version 1's outbox (one list per site) is kept as it is.
      const request = factory.open('parley', 2);
      request.onupgradeneeded = () => {
        const db = request.result;
        for (const name of [OUTBOX, HISTORY])
          if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
      };
      return settle(request);
    })();
    return database;
  };
  // Transactions run in the order they are created once the database is open, so the last save always wins.
  const store = async (name: string, mode: IDBTransactionMode) =>
    (await open()).transaction(name, mode).objectStore(name);
  const list = async <T>(name: string, keep: (value: unknown) => value is T): Promise<T[]> => {
    try {
      const value: unknown = await settle((await store(name, 'readonly')).get(siteKey));
      return Array.isArray(value) ? value.filter(keep) : [];
    } catch {
      return [];
    }
  };
  return {
    async load() {
      const [outbox, history] = await Promise.all([list(OUTBOX, isOutboxMessage), list(HISTORY, isMessage)]);
      return { outbox: outbox.map((item) => ({ ...item, status: 'sending' })), history };
    },
    saveOutbox(sending, settled) {
      // Read and write in one transaction: another tab's save cannot slip in between.
      store(OUTBOX, 'readwrite')
        .then(async (objects) => {
          const saved: unknown = await settle(objects.get(siteKey));
          const merged = mergeOutbox(
            Array.isArray(saved) ? saved.filter(isOutboxMessage) : [],
            sending,
            settled,
          );
          await settle<unknown>(
            (merged.length ? objects.put(merged, siteKey) : objects.delete(siteKey)) as IDBRequest<unknown>,
          );
        })
        .catch(() => {});
    },
    saveHistory(messages) {
      store(HISTORY, 'readwrite')
        .then((objects) => settle(objects.put(messages.slice(-HISTORY_LIMIT), siteKey)))
        .catch(() => {});
    },
  };
}
