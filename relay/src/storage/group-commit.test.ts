import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit.ts';
import { createPgliteClient } from './pglite.ts';
import type { SqlClient, SqlStatement } from './types.ts';

describe('GroupCommit on a real database', () => {
  let client: SqlClient;
  beforeAll(async () => {
    client = await createPgliteClient();
    await client.exec('CREATE TABLE notes (n integer PRIMARY KEY, body text NOT NULL)');
  });
  afterAll(() => client.close());

  function recorder(maxBatch?: number) {
    const batches: number[] = [];
    const writes = new GroupCommit({
      commit: (statements) => client.batch(statements),
      runAlone: (statement) => client.query(statement.sql, statement.params),
      onBatch: (size) => batches.push(size),
      ...(maxBatch === undefined ? {} : { maxBatch }),
    });
    return { writes, batches };
  }
  const insert = (n: number, body = `note ${n}`): SqlStatement => ({
    sql: 'INSERT INTO notes (n, body) VALUES ($1, $2) RETURNING n',
    params: [n, body],
  });
  const stored = async (from: number, to: number) =>
    (
      await client.query<{ n: number }>('SELECT n FROM notes WHERE n BETWEEN $1 AND $2 ORDER BY n', [
        from,
        to,
      ])
    ).rows.map((row) => row.n);

  it('sends a lone write on its own, and everything written in one turn as one batch', async () => {
    const { writes, batches } = recorder();
    expect((await writes.submit(insert(1))).rows).toEqual([{ n: 1 }]);
    const results = await Promise.all([2, 3, 4, 5, 6].map((n) => writes.submit(insert(n))));
    expect(results.map((r) => r.rows[0])).toEqual([{ n: 2 }, { n: 3 }, { n: 4 }, { n: 5 }, { n: 6 }]);
    expect(batches).toEqual([1, 5]);
    expect(await stored(1, 6)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('queues writes made while a batch commits into the next batch, and caps a batch at maxBatch', async () => {
    const { writes, batches } = recorder(4);
    const first = writes.submit(insert(10));
    // Issued after the first batch has left: they wait for it, then go together (in slices of at most 4).
    await new Promise((resolve) => setImmediate(resolve));
    const later = [11, 12, 13, 14, 15, 16].map((n) => writes.submit(insert(n)));
    await Promise.all([first, ...later]);
    expect(batches).toEqual([1, 4, 2]);
    expect(await stored(10, 16)).toEqual([10, 11, 12, 13, 14, 15, 16]);
  });

  it('gives each write of a failed batch its own outcome, and keeps their order', async () => {
    const { writes, batches } = recorder();
    const outcomes = await Promise.allSettled([
      writes.submit(insert(20)),
      // A duplicate key fails the shared transaction; run alone, only this write fails.
      writes.submit(insert(1)),
      writes.submit(insert(21)),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(batches).toEqual([3]);
    expect(await stored(20, 21)).toEqual([20, 21]);
    const { rows } = await client.query<{ body: string }>('SELECT body FROM notes WHERE n = 1');
    expect(rows).toEqual([{ body: 'note 1' }]);
  });

  it('explains a maxBatch that cannot work', () => {
    expect(() => recorder(0)).toThrow(/maxBatch to be a whole number of at least 1/);
  });
});
