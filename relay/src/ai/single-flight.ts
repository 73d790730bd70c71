// Single-flight: identical requests in flight at the same time share one upstream call (DESIGN: LLM path).

export class SingleFlight<T> {
  readonly #inFlight = new Map<string, Promise<T>>();

  /** Calls `load` for `key` unless a call for the same key is already running, whose result is shared. */
  run(key: string, load: () => Promise<T>): Promise<T> {
    const running = this.#inFlight.get(key);
    if (running) return running;
    const promise = load().finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, promise);
    return promise;
  }

  get size(): number {
    return this.#inFlight.size;
  }
}
