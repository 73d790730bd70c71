import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PORT, loadConfig } from './config.ts';

describe('loadConfig', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-config-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('runs with nothing configured: port 8787, ./data under the working directory, embedded database', async () => {
    const config = await loadConfig({}, dir);
    expect(config.port).toBe(DEFAULT_PORT);
    expect(config.dataDir).toBe(join(dir, 'data'));
    expect(config.databaseUrl).toBeUndefined();
    expect(config.publicUrl).toBeUndefined();
    expect(config.redisUrl).toBeUndefined();
    expect(config.trustedProxies).toBe(0);
    expect(config.rateLimits.visitorSend).toEqual({ capacity: 10, refillPerSecond: 1 });
  });

  it('generates the admin token and signing secret once, owner-only, and reuses them on the next start', async () => {
    const env = { PARLEY_DATA_DIR: 'state' };
    const first = await loadConfig(env, dir);
    expect(first.adminTokenSource).toBe('generated');
    for (const file of ['admin-token', 'secret']) {
      expect((await stat(join(dir, 'state', file))).mode & 0o777).toBe(0o600);
    }
    expect((await readFile(join(dir, 'state', 'admin-token'), 'utf8')).trim()).toBe(first.adminToken);

    const second = await loadConfig(env, dir);
    expect(second.adminTokenSource).toBe('file');
    expect(second.adminToken).toBe(first.adminToken);
    expect(second.visitorTokenSecret).toBe(first.visitorTokenSecret);
  });

  it('prefers PARLEY_ADMIN_TOKEN and reads the optional URLs', async () => {
    const config = await loadConfig(
      {
        PARLEY_DATA_DIR: dir,
        PARLEY_ADMIN_TOKEN: 'a-long-enough-admin-token',
        DATABASE_URL: 'postgres://parley@db.internal:5432/parley',
        PARLEY_PUBLIC_URL: 'https://chat.example.com/',
        PORT: '0',
        REDIS_URL: 'redis://cache.internal:6379',
        PARLEY_REDIS_STREAM: 'parley-eu',
        PARLEY_TRUST_PROXY: '1',
        PARLEY_RATE_LIMITS: 'off',
      },
      dir,
    );
    expect(config.rateLimits.visitorSend).toBeNull();
    expect(config).toMatchObject({
      redisUrl: 'redis://cache.internal:6379',
      redisStream: 'parley-eu',
      trustedProxies: 1,
      port: 0,
      adminToken: 'a-long-enough-admin-token',
      adminTokenSource: 'env',
      databaseUrl: 'postgres://parley@db.internal:5432/parley',
      publicUrl: 'https://chat.example.com',
    });
  });

  it('refuses bad settings with a sentence that says how to fix them', async () => {
    await expect(loadConfig({ PORT: 'eighty' }, dir)).rejects.toThrow(
      /PORT must be a whole number.*Unset it/,
    );
    await expect(loadConfig({ PORT: '70000' }, dir)).rejects.toThrow(/between 0 and 65535/);
    await expect(loadConfig({ PARLEY_ADMIN_TOKEN: 'short' }, dir)).rejects.toThrow(/at least 16 characters/);
    await expect(loadConfig({ DATABASE_URL: 'mysql://x' }, dir)).rejects.toThrow(
      /PostgreSQL connection string/,
    );
    await expect(loadConfig({ PARLEY_PUBLIC_URL: 'chat.example.com' }, dir)).rejects.toThrow(/absolute URL/);
    await expect(loadConfig({ REDIS_URL: '127.0.0.1:6379' }, dir)).rejects.toThrow(/redis:\/\/127\.0\.0\.1/);
    await expect(loadConfig({ PARLEY_TRUST_PROXY: 'yes' }, dir)).rejects.toThrow(/number of proxies/);
    await expect(loadConfig({ PARLEY_RATE_LIMITS: 'fast' }, dir)).rejects.toThrow(/PARLEY_RATE_LIMITS/);
  });
});
