// Graceful shutdown's bookkeeping: admit work while running, refuse it while draining, and wait for what is in flight.
import { ParleyError } from '@parley/shared';

export interface Drain {
  readonly draining: boolean;
  /** Work in flight right now. */
  readonly inFlight: number;
  /**
   * Runs `work` and tracks it until it settles. While draining it refuses with `unavailable` instead, before
   * anything is stored, so a refused send is never half done and the client can send it again elsewhere.
   */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Throws `unavailable` while draining. */
  admit(): void;
  /** Stops admitting work; resolves true once nothing is in flight, or false after `timeoutMs`. */
  start(timeoutMs: number): Promise<boolean>;
}

export function createDrain(): Drain {
  let draining = false;
  let inFlight = 0;
  let idle: (() => void) | undefined;
  const settle = () => {
    inFlight--;
    if (inFlight === 0) idle?.();
  };
  const admit = () => {
    if (draining) {
      throw new ParleyError(
        'unavailable',
        'The relay is restarting. Connect again and send once more; nothing was stored.',
      );
    }
  };
  return {
    get draining() {
      return draining;
    },
    get inFlight() {
      return inFlight;
    },
    admit,
    async run(work) {
      admit();
      inFlight++;
      try {
        return await work();
      } finally {
        settle();
      }
    },
    start(timeoutMs) {
      draining = true;
      if (inFlight === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs);
        idle = () => {
          clearTimeout(timer);
          resolve(true);
        };
      });
    },
  };
}
