// Group commit for the hot path's writes. Statements submitted while a batch is being committed wait and go out
// together in the next one: a busy relay pays one transaction, one round trip and one WAL flush per batch instead
// of per message, and the busier it gets the larger the batches, with no timer. An idle relay pays nothing extra:
// a lone write leaves at the end of the current event-loop turn, on its own.
import type { SqlResult, SqlStatement } from './types.ts';

type Rows = SqlResult<Record<string, unknown>>;

export interface GroupCommitOptions {
  /** Commits a batch as one transaction (the driver's `batch`), resolving with each statement's rows. */
  commit(statements: readonly SqlStatement[]): Promise<Rows[]>;
  /** Runs one statement on its own: each write of a batch that failed as a whole gets its own outcome this way. */
  runAlone(statement: SqlStatement): Promise<Rows>;
  /** Bounds a transaction's size (and the locks it holds) when a backlog builds up. */
  maxBatch?: number;
  /** Told each batch's size as it is sent, for metrics. */
  onBatch?: (size: number) => void;
}

interface Pending {
  statement: SqlStatement;
  resolve(rows: Rows): void;
  reject(error: unknown): void;
}

const DEFAULT_MAX_BATCH = 64;

export class GroupCommit {
  readonly #commit: GroupCommitOptions['commit'];
  readonly #runAlone: GroupCommitOptions['runAlone'];
  readonly #maxBatch: number;
  readonly #onBatch: GroupCommitOptions['onBatch'];
  #queue: Pending[] = [];
  #committing = false;
  #scheduled = false;

  constructor(options: GroupCommitOptions) {
    const maxBatch = options.maxBatch ?? DEFAULT_MAX_BATCH;
    if (!Number.isInteger(maxBatch) || maxBatch < 1) {
      throw new Error(`GroupCommit needs maxBatch to be a whole number of at least 1, not ${maxBatch}.`);
    }
    this.#commit = options.commit;
    this.#runAlone = options.runAlone;
    this.#maxBatch = maxBatch;
    this.#onBatch = options.onBatch;
  }

  /** Resolves with the statement's rows once the batch holding it has committed. */
  submit(statement: SqlStatement): Promise<Rows> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ statement, resolve, reject });
      this.#schedule();
    });
  }

  #schedule(): void {
    if (this.#committing || this.#scheduled || this.#queue.length === 0) return;
    this.#scheduled = true;
    // The end of the turn, not now: every write the current turn's I/O produced joins the same batch.
    setImmediate(() => {
      this.#scheduled = false;
      void this.#flush();
    });
  }

  async #flush(): Promise<void> {
    if (this.#committing || this.#queue.length === 0) return;
    this.#committing = true;
    const batch = this.#queue.splice(0, this.#maxBatch);
    this.#onBatch?.(batch.length);
    try {
      let results: Rows[];
      try {
        results = await this.#commit(batch.map((pending) => pending.statement));
      } catch {
        // Nothing of the batch committed. One bad write, or a dropped connection, must not fail the others: each
        // runs again alone, in order, so two messages of one conversation keep their order.
        for (const pending of batch) {
          await this.#runAlone(pending.statement).then(pending.resolve, pending.reject);
        }
        return;
      }
      batch.forEach((pending, i) => {
        pending.resolve(results[i]!);
      });
    } finally {
      this.#committing = false;
      this.#schedule();
    }
  }
}
