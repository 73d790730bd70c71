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
  /** `source` is the text that was translated (a persistent store keeps its hash, for erasure). */
  set(key: string, value: string, source: string): Promise<void>;
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

  async set(key: string, value: string, _source: string): Promise<void> {
    this.remember(key, value);
  }

  remember(key: string, value: string): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.#capacity) this.#entries.delete(this.#entries.keys().next().value!);
  }
}

/** Memory in front of a persistent store: hits after a restart come from the database, then from memory. */
export class LayeredTranslationStore implements TranslationStore {
  constructor(
    private readonly front: MemoryTranslationStore,
    private readonly back: TranslationStore,
  ) {}

  async get(key: string): Promise<string | undefined> {
    const hit = await this.front.get(key);
    if (hit !== undefined) return hit;
    const stored = await this.back.get(key);
    if (stored !== undefined) this.front.remember(key, stored);
    return stored;
  }

  async set(key: string, value: string, source: string): Promise<void> {
    await this.front.set(key, value, source);
    await this.back.set(key, value, source);
  }
}

/** What the relay's storage offers the cache (SqlStorage implements it). */
export interface TranslationTable {
  cachedTranslation(key: string): Promise<string | undefined>;
  cacheTranslation(key: string, source: string, translation: string): Promise<void>;
}

/**
 * The relay's database as the persistent layer. A database error is reported and treated as a miss (or an
 * unsaved entry): a translation the provider already made is worth more than the cache entry.
 */
export class DatabaseTranslationStore implements TranslationStore {
  constructor(
    private readonly table: TranslationTable,
    private readonly onError: (error: unknown) => void,
  ) {}

  async get(key: string): Promise<string | undefined> {
    try {
      return await this.table.cachedTranslation(key);
    } catch (error) {
      this.onError(error);
      return undefined;
    }
  }

  async set(key: string, value: string, source: string): Promise<void> {
    try {
      await this.table.cacheTranslation(key, source, value);
    } catch (error) {
      this.onError(error);
    }
  }
}
