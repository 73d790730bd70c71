// The production driver: a node-postgres Pool on DATABASE_URL, for when one machine or one process is not enough.
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
  const pool = new pg.Pool({ connectionString: withUser(options.connectionString), max: options.max ?? 10 });
  pool.on('error', (error) => options.onIdleError?.(error));
  // Fail at startup with the driver's own message (wrong host, password, database) instead of on first use.
  try {
    const probe = await pool.connect();
    probe.release();
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
      const result = await pool.query(sql, [...params]);
      return { rows: result.rows };
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
          const result = await client.query(sql, [...params]);
          return { rows: result.rows };
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
