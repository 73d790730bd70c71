// The embedded driver: PGlite (PostgreSQL compiled to WASM), on disk under the data dir or in memory for tests.
import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { SqlClient, SqlExecutor, SqlResult } from './types.ts';

export interface PgliteOptions {
  /** Directory for the database files; omitted means an in-memory database that vanishes on close. */
  dataDir?: string;
}

export async function createPgliteClient(options: PgliteOptions = {}): Promise<SqlClient> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  const db = options.dataDir ? await PGlite.create(options.dataDir) : await PGlite.create();
  return {
    kind: options.dataDir ? 'pglite' : 'pglite-memory',
    ...executor(db),
    // PGlite is one connection: its transaction() holds a mutex, so other queries wait rather than interleave.
    transaction: (fn) => db.transaction((tx) => fn(executor(tx))),
    close: () => db.close(),
  };
}

function executor(target: PGlite | Transaction): SqlExecutor {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<SqlResult<Row>> {
      const result = await target.query<Row>(sql, [...params]);
      return { rows: result.rows };
    },
    async exec(sql: string): Promise<void> {
      await target.exec(sql);
    },
  };
}
