// The production driver: a node-postgres Pool on DATABASE_URL, for when one machine or one process is not enough.
import { createHash } from 'node:crypto';
import { userInfo } from 'node:os';
import pg from 'pg';
import type { SqlClient, SqlExecutor } from './types.ts';

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
    close: () => pool.end(),
  };
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
