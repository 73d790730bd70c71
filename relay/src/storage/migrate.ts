// Applies the numbered .sql files in ./migrations once each, in order, and records them in schema_migrations.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SqlClient } from './types.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

// Any constant works; it only has to be the same in every relay sharing a database.
const MIGRATION_LOCK_KEY = 727_361_001;

export interface Migration {
  version: string;
  sql: string;
}

export async function readMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.sql')).sort();
  const seen = new Set<string>();
  const migrations: Migration[] = [];
  for (const file of files) {
    const match = /^(\d+)_[\w-]+\.sql$/.exec(file);
    if (!match) {
      throw new Error(
        `Migration file ${file} must be named like 002_add_thing.sql (number, underscore, name).`,
      );
    }
    const number = match[1]!;
    if (seen.has(number))
      throw new Error(`Two migration files share the number ${number}; renumber one of them.`);
    seen.add(number);
    migrations.push({ version: file.replace(/\.sql$/, ''), sql: await readFile(join(dir, file), 'utf8') });
  }
  return migrations;
}

/**
 * Brings the schema up to date and returns the versions applied by this call (empty on a normal restart).
 * Runs in one transaction under an advisory lock, so relays starting together against one PostgreSQL
 * neither apply a migration twice nor see a half-migrated schema.
 */
export async function migrate(client: SqlClient, migrations?: Migration[]): Promise<string[]> {
  const all = migrations ?? (await readMigrations());
  return client.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await tx.query<{ version: string }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    const done: string[] = [];
    for (const migration of all) {
      if (applied.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [migration.version]);
      done.push(migration.version);
    }
    return done;
  });
}
