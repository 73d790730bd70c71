// The production driver: a node-postgres Pool on DATABASE_URL, for when one machine or one process is not enough.
import pg from 'pg';
import type { SqlClient, SqlExecutor } from './types.ts';

export interface PostgresOptions {
  connectionString: string;
  /** Idle clients can fail (server restart, network); without a listener that error would crash the process. */
  onIdleError?: (error: Error) => void;
  max?: number;
}

export async function createPostgresClient(options: PostgresOptions): Promise<SqlClient> {
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.max ?? 10 });
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
    close: () => pool.end(),
  };
}
