// The embedded driver: PGlite (PostgreSQL compiled to WASM), on disk under the data dir or in memory for tests.
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PGlite, type PGliteOptions, type Transaction } from '@electric-sql/pglite';
import type { SqlClient, SqlExecutor, SqlResult } from './types.ts';

export interface PgliteOptions {
  /** Directory for the database files; omitted means an in-memory database that vanishes on close. */
  dataDir?: string;
  /** A `dumpDataDir()` tarball to start an in-memory database from, instead of running initdb. */
  loadDataDir?: Blob;
}

export async function createPgliteClient(options: PgliteOptions = {}): Promise<SqlClient> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  const db = await PGlite.create({
    ...(await compiledModules()),
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const locks = new Map<number, Promise<unknown>>();
  const client: SqlClient = {
    kind: options.dataDir ? 'pglite' : 'pglite-memory',
    ...executor(db),
    // PGlite is one connection: its transaction() holds a mutex, so other queries wait rather than interleave.
    transaction: (fn) => db.transaction((tx) => fn(executor(tx))),
    async batch(statements) {
      if (statements.length === 1) return [await client.query(statements[0]!.sql, statements[0]!.params)];
      return db.transaction(async (tx) => {
        const results = [];
        for (const statement of statements)
          results.push(await tx.query(statement.sql, [...statement.params]));
        return results.map((result) => ({ rows: result.rows as Record<string, unknown>[] }));
      });
    },
    // Only this process can open the database, so an in-process queue per key is the whole lock.
    withLock<T>(key: number, fn: () => Promise<T>): Promise<T> {
      const previous = locks.get(key) ?? Promise.resolve();
      const run = previous.then(fn, fn);
      const settled = run.catch(() => {});
      locks.set(key, settled);
      void settled.then(() => {
        if (locks.get(key) === settled) locks.delete(key);
      });
      return run;
    },
    close: () => db.close(),
  };
  pgliteOf.set(client, db);
  return client;
}

/** A snapshot of the database files, to clone fresh in-memory databases from in a fraction of initdb's time. */
export async function dumpPglite(client: SqlClient): Promise<Blob> {
  const db = pgliteOf.get(client);
  if (!db) throw new Error('dumpPglite() needs a client made by createPgliteClient().');
  return db.dumpDataDir('none');
}

const pgliteOf = new WeakMap<SqlClient, PGlite>();

type CompiledModules = Pick<PGliteOptions, 'pgliteWasmModule' | 'initdbWasmModule'>;
type WasmModule = NonNullable<CompiledModules['pgliteWasmModule']>;
// The compiler target's lib has no WebAssembly typings; Node has the global all the same.
const { WebAssembly: wasm } = globalThis as unknown as {
  WebAssembly: { compile(bytes: Uint8Array): Promise<WasmModule> };
};

/** The installed PGlite's version: a database snapshot is only valid for the version that made it. */
export async function pgliteVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(join(pgliteDist(), '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

function pgliteDist(): string {
  return dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
}

// Compiling PGlite's WASM takes most of a second; every database in this process shares one compilation.
let modules: Promise<CompiledModules> | undefined;
function compiledModules(): Promise<CompiledModules> {
  modules ??= (async () => {
    const dist = pgliteDist();
    const [pgliteWasmModule, initdbWasmModule] = await Promise.all(
      ['pglite.wasm', 'initdb.wasm'].map(async (file) => wasm.compile(await readFile(join(dist, file)))),
    );
    return { pgliteWasmModule, initdbWasmModule };
  })();
  return modules;
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
