// A set of callbacks for one event, shared by both AgentConnection implementations.
import type { Unsubscribe } from './connection.ts';

export class ListenerSet<T> {
  readonly #listeners = new Set<(value: T) => void>();

  add(listener: (value: T) => void): Unsubscribe {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  emit(value: T): void {
    // Copy first: a listener may unsubscribe (or subscribe another) while we iterate.
    for (const listener of [...this.#listeners]) listener(value);
  }
}
