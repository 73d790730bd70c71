// Opens the configured storage: PostgreSQL when DATABASE_URL is set, else PGlite on disk (or in memory for tests).
import { join } from 'node:path';
import { migrate } from './migrate.ts';
import { createPgliteClient } from './pglite.ts';
import { createPostgresClient } from './postgres.ts';
import { SqlStorage } from './sql-storage.ts';
import type { SqlClient, Storage } from './types.ts';

export { SqlStorage } from './sql-storage.ts';
export type { Conversation, SqlClient, Storage, Visitor } from './types.ts';

export type StorageTarget =
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'memory' };

export interface OpenStorageOptions {
  /** Told about errors on idle PostgreSQL connections, which would otherwise crash the process. */
  onBackgroundError?: (error: Error) => void;
}

/** Where PGlite keeps its files inside the relay's data dir. */
export function pgliteDir(dataDir: string): string {
  return join(dataDir, 'pglite');
}

/** Connects, applies pending migrations and returns a ready Storage. */
export async function openStorage(target: StorageTarget, options: OpenStorageOptions = {}): Promise<Storage> {
  let client: SqlClient;
  if (target.kind === 'postgres') {
    client = await createPostgresClient({
      connectionString: target.url,
      ...(options.onBackgroundError ? { onIdleError: options.onBackgroundError } : {}),
    });
  } else {
    client = await createPgliteClient(target.kind === 'pglite' ? { dataDir: target.dataDir } : {});
  }
  try {
    await migrate(client);
  } catch (error) {
    await client.close().catch(() => {});
    throw error;
  }
  return new SqlStorage(client);
}
