// Opens the configured storage: PostgreSQL when DATABASE_URL is set, else PGlite on disk (or in memory for tests).
import { createHash, randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, readMigrations } from './migrate.ts';
import { createPgliteClient, dumpPglite, pgliteVersion } from './pglite.ts';
import { createPostgresClient } from './postgres.ts';
import { SqlStorage } from './sql-storage.ts';
import type { SqlClient, Storage } from './types.ts';

export { SqlStorage } from './sql-storage.ts';
export type { Conversation, SiteRecord, SqlClient, Storage, Visitor } from './types.ts';

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
  } else if (target.kind === 'pglite') {
    client = await createPgliteClient({ dataDir: target.dataDir });
  } else {
    client = await createPgliteClient({ loadDataDir: await migratedTemplate() }).catch(async () => {
      // An unreadable snapshot (a damaged temp file): forget it and start this database the slow way.
      template = undefined;
      await rm(await templateFile(), { force: true });
      return createPgliteClient();
    });
  }
  try {
    await migrate(client);
  } catch (error) {
    await client.close().catch(() => {});
    throw error;
  }
  return new SqlStorage(client);
}

// In-memory databases (tests) start from one migrated snapshot: cloning it takes a fraction of the time initdb and
// the migrations take, and every clone is still a database of its own. The snapshot is also kept in the OS temp
// dir, named by the migrations' content and PGlite's version, so test workers after the first skip initdb too.
let template: Promise<Blob> | undefined;
function migratedTemplate(): Promise<Blob> {
  template ??= (async () => {
    const file = await templateFile();
    try {
      return new Blob([await readFile(file)]);
    } catch {
      // Not made yet on this machine.
    }
    const client = await createPgliteClient();
    try {
      await migrate(client);
      const blob = await dumpPglite(client);
      // Written under a unique name and renamed, so workers racing here never read a half-written file.
      const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
      await writeFile(partial, new Uint8Array(await blob.arrayBuffer()));
      await rename(partial, file).catch(() => rm(partial, { force: true }));
      return blob;
    } finally {
      await client.close();
    }
  })();
  template.catch(() => {
    template = undefined;
  });
  return template;
}

/** Named by PGlite's version and the migrations' content: a snapshot is only valid for both. */
async function templateFile(): Promise<string> {
  const key = createHash('sha256')
    .update(await pgliteVersion())
    .update(JSON.stringify(await readMigrations()))
    .digest('hex')
    .slice(0, 16);
  return join(tmpdir(), `parley-pglite-template-${key}.tar`);
}
