import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import type { Message } from '@parley/shared';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, nextEvent, request, startRelay } from '../../test/relay-fixture.ts';
import { describeIdentitySecretUpgrade, describeStorageContract } from '../../test/storage-contract.ts';
import { createPostgresClient } from './postgres.ts';

// The machine's PostgreSQL (trust auth). Each run gets its own database, dropped afterwards.
const adminUrl = new URL(process.env.PARLEY_TEST_POSTGRES_URL ?? 'postgres://127.0.0.1:5432/test');
// node-postgres takes the user from $USER, which test runners and containers do not always set.
if (!adminUrl.username) adminUrl.username = userInfo().username;
const ADMIN_URL = adminUrl.href;
const run = `parley_test_${randomBytes(6).toString('hex')}`;
// One database for the storage contract, another for the relay, which seeds its demo only into an empty one.
const databases = {
  storage: `${run}_storage`,
  relay: `${run}_relay`,
  plans: `${run}_plans`,
  upgrade: `${run}_upgrade`,
  batch: `${run}_batch`,
};
const urlOf = (database: string) => {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  return url.href;
};

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  for (const database of Object.values(databases)) await admin(`CREATE DATABASE ${database}`);
});
afterAll(async () => {
  for (const database of Object.values(databases))
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
});

describeStorageContract('postgres', () =>
  createPostgresClient({ connectionString: urlOf(databases.storage) }),
);
describeIdentitySecretUpgrade('postgres', () =>
  createPostgresClient({ connectionString: urlOf(databases.upgrade) }),
);

describe('relay on PostgreSQL', () => {
  it('runs the whole message path on DATABASE_URL and survives a restart on the same database', async () => {
    const DATABASE_URL = urlOf(databases.relay);
    const relay = await startRelay({ storage: undefined, env: { DATABASE_URL } });
    let sent: Message;
    try {
      const health = (await (await fetch(`${relay.url}/healthz`)).json()) as { storage: string };
      expect(health.storage).toBe('postgres');
      const { socket: agent } = await relay.agent();
      const { socket: visitor } = await relay.visitor({ locale: 'id-ID' });
      const arriving = nextEvent<Message>(agent, 'message');
      sent = expectOk(
        await request<Message>(visitor, 'message:send', {
          clientId: 'pg-1',
          text: 'Paket saya belum sampai',
        }),
      );
      expect((await arriving).id).toBe(sent.id);
    } finally {
      await relay.stop({ keepDataDir: true });
    }

    const again = await startRelay({ storage: undefined, dataDir: relay.dataDir, env: { DATABASE_URL } });
    try {
      expect(again.siteKey).toBe(relay.siteKey);
      const res = await again.api(`/api/v1/conversations/${sent.conversationId}/messages`);
      const { data } = (await res.json()) as { data: Message[] };
      expect(data.map((m) => m.text)).toEqual(['Paket saya belum sampai']);
    } finally {
      await again.stop();
    }
  });

  it('keeps answering when a newer relay adds a column under its prepared statements', async () => {
    const client = await createPostgresClient({ connectionString: urlOf(databases.plans), max: 1 });
    try {
      await client.exec('CREATE TABLE notes (id int PRIMARY KEY)');
      await client.query('INSERT INTO notes (id) VALUES ($1)', [1]);
      const read = () => client.query('SELECT * FROM notes WHERE id = $1', [1]);
      expect((await read()).rows).toEqual([{ id: 1 }]);
      // What a rolling deploy's migration does while this process keeps serving.
      await client.exec('ALTER TABLE notes ADD COLUMN body text');
      expect((await read()).rows).toEqual([{ id: 1, body: null }]);
    } finally {
      await client.close();
    }
  });

  it('commits a batch whole or not at all, and replaces a writer connection that was cut', async () => {
    const client = await createPostgresClient({ connectionString: urlOf(databases.batch), max: 2 });
    try {
      await client.exec('CREATE TABLE notes (n int PRIMARY KEY)');
      const insert = (n: number) => ({ sql: 'INSERT INTO notes (n) VALUES ($1) RETURNING n', params: [n] });
      const stored = async () =>
        (await client.query<{ n: number }>('SELECT n FROM notes ORDER BY n')).rows.map((row) => row.n);

      expect(await client.batch([insert(1), insert(2), insert(3)])).toEqual([
        { rows: [{ n: 1 }] },
        { rows: [{ n: 2 }] },
        { rows: [{ n: 3 }] },
      ]);
      // The duplicate key fails the transaction: 4 and 5 are not committed either.
      await expect(client.batch([insert(4), insert(1), insert(5)])).rejects.toThrow(/duplicate key/);
      expect(await stored()).toEqual([1, 2, 3]);

      // What a failover or an idle-connection reaper does to the writer's backend (the last to run COMMIT).
      const cut = await client.query<{ cut: boolean }>(
        "SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query = 'COMMIT'",
      );
      expect(cut.rows).toEqual([{ cut: true }]);
      // A batch sent before the client noticed may fail as a whole; the next one runs on a new connection.
      await client.batch([insert(6)]).catch(() => undefined);
      expect(await client.batch([insert(7), insert(8)])).toEqual([
        { rows: [{ n: 7 }] },
        { rows: [{ n: 8 }] },
      ]);
      expect((await stored()).filter((n) => n !== 6)).toEqual([1, 2, 3, 7, 8]);
    } finally {
      await client.close();
    }
  });

  it('explains an unreachable database', async () => {
    await expect(
      createPostgresClient({
        connectionString: `${ADMIN_URL.replace(/\/[^/]*$/, '')}/parley_no_such_database_x`,
      }),
    ).rejects.toThrow(/Cannot connect to PostgreSQL at DATABASE_URL.*unset DATABASE_URL/);
  });
});
