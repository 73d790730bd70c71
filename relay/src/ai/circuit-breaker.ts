// A circuit breaker for the LLM provider: after repeated failures stop calling it for a while and let the
// offline engine answer (marked degraded), instead of making every shopper wait for timeouts.

export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** How long the circuit stays open before one trial call is let through. */
  resetAfterMs: number;
  /** Injectable clock, so tests control time without sleeping. */
  now?: () => number;
}

export class CircuitOpenError extends Error {
  override readonly name = 'CircuitOpenError';
}

export class CircuitBreaker {
  #state: CircuitState = 'closed';
  #failures = 0;
  #openedAt = 0;
  #trialInFlight = false;
  readonly #options: Required<CircuitBreakerOptions>;

  constructor(options: CircuitBreakerOptions) {
    if (options.failureThreshold < 1) throw new Error('failureThreshold must be at least 1.');
    this.#options = { now: Date.now, ...options };
  }

  get state(): CircuitState {
    if (this.#state === 'open' && this.#options.now() - this.#openedAt >= this.#options.resetAfterMs) {
      return 'half-open';
    }
    return this.#state;
  }

  /** Runs `call` unless the circuit is open; throws CircuitOpenError without calling when it is. */
  async run<T>(call: () => Promise<T>): Promise<T> {
    const state = this.state;
    if (state === 'open' || (state === 'half-open' && this.#trialInFlight)) {
      throw new CircuitOpenError('The language provider is failing; using the offline engine for now.');
    }
    const trial = state === 'half-open';
    if (trial) this.#trialInFlight = true;
    try {
      const result = await call();
      this.#state = 'closed';
      this.#failures = 0;
      return result;
    } catch (error) {
      this.#failures++;
      if (trial || this.#failures >= this.#options.failureThreshold) {
        this.#state = 'open';
        this.#openedAt = this.#options.now();
      }
      throw error;
    } finally {
      if (trial) this.#trialInFlight = false;
    }
  }
}
