// The offline models' vocabulary (character n-grams, words) as one open-addressing hash table in a few flat typed
// arrays. As Map<string, Float64Array> the two models were about 450,000 strings and typed arrays, 90 MB that every
// full garbage collection of the relay had to mark again; here they are a handful of objects. A lookup reads a
// span of the text in place, so scoring a message allocates no substring per n-gram.

/** FNV-1a over UTF-16 code units: cheap, and spreads short n-grams well enough for linear probing. */
function hashRange(text: string, start: number, length: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < start + length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export class FeatureIndex {
  /** Entry → the code units of its key, stored back to back in `#units`. */
  readonly #offsets: Uint32Array;
  readonly #lengths: Uint16Array;
  readonly #units: Uint16Array;
  readonly #hashes: Uint32Array;
  /** Open addressing with linear probing, at most half full; -1 is an empty slot. */
  readonly #slots: Int32Array;
  readonly #mask: number;
  readonly size: number;

  /** Entry i is `keys[i]`; keys must be distinct. */
  constructor(keys: readonly string[]) {
    this.size = keys.length;
    this.#offsets = new Uint32Array(keys.length);
    this.#lengths = new Uint16Array(keys.length);
    this.#hashes = new Uint32Array(keys.length);
    let total = 0;
    for (const key of keys) total += key.length;
    this.#units = new Uint16Array(total);
    let capacity = 16;
    while (capacity < keys.length * 2) capacity *= 2;
    this.#slots = new Int32Array(capacity).fill(-1);
    this.#mask = capacity - 1;
    let offset = 0;
    keys.forEach((key, entry) => {
      if (key.length > 0xffff) throw new Error(`A feature of ${key.length} characters is too long to index.`);
      this.#offsets[entry] = offset;
      this.#lengths[entry] = key.length;
      for (let i = 0; i < key.length; i++) this.#units[offset + i] = key.charCodeAt(i);
      offset += key.length;
      const hash = hashRange(key, 0, key.length);
      this.#hashes[entry] = hash;
      let slot = hash & this.#mask;
      while (this.#slots[slot] !== -1) {
        if (this.#matches(this.#slots[slot]!, hash, key, 0, key.length)) {
          throw new Error(`FeatureIndex keys must be distinct; "${key}" is there twice.`);
        }
        slot = (slot + 1) & this.#mask;
      }
      this.#slots[slot] = entry;
    });
  }

  /** The entry of `text.slice(start, start + length)`, or -1; without making the substring. */
  find(text: string, start = 0, length = text.length - start): number {
    const hash = hashRange(text, start, length);
    let slot = hash & this.#mask;
    for (let entry = this.#slots[slot]!; entry !== -1; entry = this.#slots[slot]!) {
      if (this.#matches(entry, hash, text, start, length)) return entry;
      slot = (slot + 1) & this.#mask;
    }
    return -1;
  }

  #matches(entry: number, hash: number, text: string, start: number, length: number): boolean {
    if (this.#hashes[entry] !== hash || this.#lengths[entry] !== length) return false;
    const offset = this.#offsets[entry]!;
    for (let i = 0; i < length; i++) {
      if (this.#units[offset + i] !== text.charCodeAt(start + i)) return false;
    }
    return true;
  }
}
