// The production driver: a node-postgres Pool on DATABASE_URL, for when one machine or one process is not enough.
import { createHash } from 'node:crypto';
import { userInfo } from 'node:os';
import pg from 'pg';
import type { SqlClient, SqlExecutor, SqlResult, SqlStatement } from './types.ts';

export interface PostgresOptions {
  connectionString: string;
  /** Idle clients can fail (server restart, network); without a listener that error would crash the process. */
  onIdleError?: (error: Error) => void;
  max?: number;
}

export async function createPostgresClient(options: PostgresOptions): Promise<SqlClient> {
  const max = options.max ?? 10;
  const pool = new pg.Pool({
    connectionString: withUser(options.connectionString),
    max,
    // Connections stay open: re-opening one (TCP, auth, a backend process, re-preparing statements) takes
    // tens of ms, which a shopper would feel as a stall when traffic picks up after a quiet spell.
    idleTimeoutMillis: 0,
  });
  pool.on('error', (error) => options.onIdleError?.(error));
  // Open every connection now, so the first burst of traffic does not wait for them, and fail at startup with
  // the driver's own message (wrong host, password, database) instead of on first use.
  try {
    const clients = await Promise.all(Array.from({ length: max }, () => pool.connect()));
    for (const client of clients) client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new Error(
      `Cannot connect to PostgreSQL at DATABASE_URL (${(error as Error).message}). ` +
        'Check the host, credentials and database name, or unset DATABASE_URL to use the embedded database.',
      { cause: error },
    );
  }

  const writer = new WriterConnection(withUser(options.connectionString), options.onIdleError);
  try {
    await writer.client();
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }

  const poolExecutor: SqlExecutor = {
    async query(sql, params = []) {
      try {
        return { rows: (await pool.query(prepared(sql, params))).rows };
      } catch (error) {
        if (!isStalePlan(error)) throw error;
        return { rows: (await pool.query(prepared(sql, params))).rows };
      }
    },
    async exec(sql) {
      await pool.query(sql);
    },
  };

  return {
    kind: 'postgres',
    ...poolExecutor,
    batch: (statements) => writer.batch(statements),
    async transaction(fn) {
      const client = await pool.connect();
      const tx: SqlExecutor = {
        async query(sql, params = []) {
          try {
            return { rows: (await client.query(prepared(sql, params))).rows };
          } catch (error) {
            isStalePlan(error);
            throw error;
          }
        },
        async exec(sql) {
          await client.query(sql);
        },
      };
      try {
        await client.query('BEGIN');
        const value = await fn(tx);
        await client.query('COMMIT');
        client.release();
        return value;
      } catch (error) {
        // A failed ROLLBACK means the connection is broken: destroy it rather than return it to the pool.
        const rolledBack = await client.query('ROLLBACK').then(
          () => true,
          () => false,
        );
        client.release(rolledBack ? undefined : true);
        throw error;
      }
    },
    async withLock(key, fn) {
      // A session lock on a connection of its own: fn's queries run on other pool connections meanwhile.
      const holder = await pool.connect();
      let broken = false;
      try {
        await holder.query('SELECT pg_advisory_lock($1)', [key]);
        try {
          return await fn();
        } finally {
          await holder.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => {
            broken = true;
          });
        }
      } finally {
        // A connection that could not unlock still holds the lock: destroy it, which releases the lock.
        holder.release(broken ? true : undefined);
      }
    },
    close: async () => {
      await writer.close();
      await pool.end();
    },
  };
}

/**
 * The connection group-committed batches go through, in pipeline mode: BEGIN, the statements and COMMIT leave in one
 * write and PostgreSQL runs them back to back, so a batch costs one round trip and one WAL flush however many
 * messages it holds. It is its own connection because a pooled one would interleave other callers' queries with the
 * transaction. A broken connection is replaced on the next batch; the batch it broke fails as a whole, and the
 * caller runs its statements again on their own.
 */
class WriterConnection {
  readonly #connectionString: string;
  readonly #onError: ((error: Error) => void) | undefined;
  #connecting: Promise<pg.Client> | undefined;
  #closed = false;

  constructor(connectionString: string, onError?: (error: Error) => void) {
    this.#connectionString = connectionString;
    this.#onError = onError;
  }

  client(): Promise<pg.Client> {
    if (this.#closed) return Promise.reject(new Error('The database connection is closed.'));
    if (!this.#connecting) {
      const client = new pg.Client({ connectionString: this.#connectionString, pipeline: true });
      const forget = () => {
        if (this.#connecting === connecting) this.#connecting = undefined;
      };
      client.on('error', (error) => {
        forget();
        this.#onError?.(error);
      });
      client.on('end', forget);
      const connecting = client.connect().then(
        () => client,
        (error: unknown) => {
          forget();
          throw error;
        },
      );
      this.#connecting = connecting;
    }
    return this.#connecting;
  }

  async batch(statements: readonly SqlStatement[]): Promise<SqlResult<Record<string, unknown>>[]> {
    const client = await this.client();
    if (statements.length === 1) {
      const [only] = statements;
      try {
        return [{ rows: (await client.query(prepared(only!.sql, only!.params))).rows }];
      } catch (error) {
        if (!refusedStatement(error)) this.#discard(client);
        throw error;
      }
    }
    // node-postgres writes each query as it is issued; corking the socket sends the whole batch in one syscall.
    const stream = (client as unknown as { connection?: { stream?: Partial<Corkable> } }).connection?.stream;
    stream?.cork?.();
    const sent = [
      client.query('BEGIN'),
      ...statements.map((statement) => client.query(prepared(statement.sql, statement.params))),
      client.query('COMMIT'),
    ];
    stream?.uncork?.();
    const settled = await Promise.allSettled(sent);
    // After a failed statement PostgreSQL refuses the rest of the transaction and answers COMMIT with ROLLBACK.
    const failure = settled.find((outcome) => outcome.status === 'rejected');
    if (failure) {
      // Renames prepared statements after a migration changed a table; the reruns alone then prepare afresh.
      isStalePlan(failure.reason);
      if (!refusedStatement(failure.reason)) this.#discard(client);
      throw failure.reason;
    }
    const commit = settled.at(-1) as PromiseFulfilledResult<pg.QueryResult>;
    if (commit.value.command !== 'COMMIT')
      throw new Error(`The batch ended in ${commit.value.command}, not COMMIT.`);
    return settled
      .slice(1, -1)
      .map((outcome) => ({ rows: (outcome as PromiseFulfilledResult<pg.QueryResult>).value.rows }));
  }

  /** Forgets a connection that failed, so the next batch opens a new one. */
  #discard(client: pg.Client): void {
    const connecting = this.#connecting;
    void connecting?.then((current) => {
      if (current === client && this.#connecting === connecting) this.#connecting = undefined;
    });
    client.end().catch(() => {});
  }

  async close(): Promise<void> {
    this.#closed = true;
    const connecting = this.#connecting;
    this.#connecting = undefined;
    const client = await connecting?.catch(() => undefined);
    await client?.end().catch(() => {});
  }
}

/**
 * PostgreSQL refused a statement and the connection is fine. Anything else means the connection is gone: a reset
 * or closed socket, or SQLSTATE class 08 (connection exception) or 57P (the backend was terminated or the server
 * is shutting down). SQLSTATE, because the severity text is translated with the server's locale.
 */
function refusedStatement(error: unknown): boolean {
  return error instanceof pg.DatabaseError && !/^(08|57P)/.test(error.code ?? '');
}

interface Corkable {
  cork(): void;
  uncork(): void;
}

const statementNames = new Map<string, string>();
/** Bumped when a migration (from a newer relay on the same database) changed a table under a prepared plan. */
let statementGeneration = 0;

/**
 * A named statement: each pooled connection parses and plans it once and then only binds parameters, which
 * more than halves PostgreSQL's CPU per message on the hot path (the append is one large CTE). The SQL texts
 * come from this codebase, never from input, so the set of names is small and fixed.
 */
function prepared(sql: string, params: readonly unknown[]): pg.QueryConfig {
  let name = statementNames.get(sql);
  if (name === undefined) {
    name = `parley_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
    statementNames.set(sql, name);
  }
  return { name: `${name}_${statementGeneration}`, text: sql, values: [...params] };
}

/**
 * PostgreSQL refuses a prepared `SELECT *` whose table gained a column since it was prepared. New names make
 * every connection prepare again; the caller retries once (outside a transaction, which the error aborted).
 */
function isStalePlan(error: unknown): boolean {
  const stale =
    error instanceof Error &&
    (error as { code?: string }).code === '0A000' &&
    error.message.includes('cached plan must not change result type');
  if (stale) statementGeneration++;
  return stale;
}

/**
 * Fills in the OS user when the URL names none, as psql and libpq do; node-postgres would otherwise read $USER,
 * which service managers and containers do not always set.
 */
function withUser(connectionString: string): string {
  const url = new URL(connectionString);
  if (url.username || process.env.PGUSER || process.env.USER) return connectionString;
  url.username = userInfo().username;
  return url.href;
}
