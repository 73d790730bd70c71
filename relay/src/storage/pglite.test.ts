import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  describeIdentitySecretUpgrade,
  describeStorageContract,
  MIGRATIONS,
} from '../../test/storage-contract.ts';
import { migrate } from './migrate.ts';
import { createPgliteClient } from './pglite.ts';
import { SqlStorage } from './sql-storage.ts';

describeStorageContract('pglite', () => createPgliteClient());
describeIdentitySecretUpgrade('pglite', () => createPgliteClient());

describe('pglite on disk', () => {
  it('keeps data across a restart and does not re-apply migrations', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-pglite-'));
    try {
      const first = await createPgliteClient({ dataDir: dir });
      expect(first.kind).toBe('pglite');
      expect(await migrate(first)).toEqual(MIGRATIONS);
      const site = await new SqlStorage(first).createSite({
        name: 'Kept',
        publicKey: 'pk_kept',
        allowedOrigins: [],
        defaultLanguage: 'en',
      });
      await first.close();

      const second = await createPgliteClient({ dataDir: dir });
      expect(await migrate(second)).toEqual([]);
      expect(await new SqlStorage(second).getSiteByPublicKey('pk_kept')).toEqual(site);
      await second.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
