// Remembers, per relay process, each visitor's conversation and its last few texts, so a shopper's message
// costs no lookups before it is stored. Only hints live here: the append transaction is still the truth
// (a vanished conversation answers not_found and the cache entry is dropped), and history only steers intent.
const DEFAULT_CAPACITY = 20_000;

export class VisitorThreads {
  readonly #conversations = new Map<string, string>();
  readonly #history = new Map<string, string[]>();
  readonly #capacity: number;
  readonly #depth: number;

  constructor(depth: number, capacity = DEFAULT_CAPACITY) {
    this.#depth = depth;
    this.#capacity = capacity;
  }

  conversationOf(visitorId: string): string | undefined {
    return touch(this.#conversations, visitorId);
  }

  remember(visitorId: string, conversationId: string): void {
    put(this.#conversations, visitorId, conversationId, this.#capacity);
  }

  forget(visitorId: string, conversationId?: string): void {
    this.#conversations.delete(visitorId);
    if (conversationId) this.#history.delete(conversationId);
  }

  /** The last texts of a conversation, oldest first, or undefined when this process has not seen it yet. */
  historyOf(conversationId: string): readonly string[] | undefined {
    return touch(this.#history, conversationId);
  }

  setHistory(conversationId: string, texts: readonly string[]): void {
    put(this.#history, conversationId, texts.slice(-this.#depth), this.#capacity);
  }

  pushHistory(conversationId: string, text: string): void {
    const texts = this.#history.get(conversationId);
    if (texts) put(this.#history, conversationId, [...texts, text].slice(-this.#depth), this.#capacity);
  }
}

/** Reads an entry and marks it recently used (a Map keeps insertion order, so re-inserting moves it last). */
function touch<V>(map: Map<string, V>, key: string): V | undefined {
  const value = map.get(key);
  if (value !== undefined) {
    map.delete(key);
    map.set(key, value);
  }
  return value;
}

function put<V>(map: Map<string, V>, key: string, value: V, capacity: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > capacity) map.delete(map.keys().next().value!);
}
