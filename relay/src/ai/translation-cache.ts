// The translation cache: repeated translations are answered locally in well under a millisecond. Keyed by
// model, languages, glossary version and text, so a new model or glossary never serves stale wording.
import { createHash } from 'node:crypto';

export interface TranslationCacheKey {
  model: string;
  from: string;
  to: string;
  glossaryVersion: number;
  text: string;
}

/** Where cached translations live: memory by default, the relay's database for a persistent cache. */
export interface TranslationStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

export function translationCacheKey(key: TranslationCacheKey): string {
  return createHash('sha256')
    .update(JSON.stringify([key.model, key.from, key.to, key.glossaryVersion, key.text]))
    .digest('hex');
}

/** A bounded in-memory store, least recently used out first; also the front layer of a persistent one. */
export class MemoryTranslationStore implements TranslationStore {
  readonly #entries = new Map<string, string>();
  readonly #capacity: number;

  constructor(capacity = 10_000) {
    this.#capacity = capacity;
  }

  async get(key: string): Promise<string | undefined> {
    const value = this.#entries.get(key);
    if (value !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }

  async set(key: string, value: string): Promise<void> {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.#capacity) this.#entries.delete(this.#entries.keys().next().value!);
  }
}

/** Memory in front of a persistent store: hits after a restart come from the database, then from memory. */
export class LayeredTranslationStore implements TranslationStore {
  constructor(
    private readonly front: TranslationStore,
    private readonly back: TranslationStore,
  ) {}

  async get(key: string): Promise<string | undefined> {
    const hit = await this.front.get(key);
    if (hit !== undefined) return hit;
    const stored = await this.back.get(key);
    if (stored !== undefined) await this.front.set(key, stored);
    return stored;
  }

  async set(key: string, value: string): Promise<void> {
    await this.front.set(key, value);
    await this.back.set(key, value);
  }
}
