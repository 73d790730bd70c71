// Reads the relay's configuration from the environment and keeps its generated secrets in the data dir.
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseRateLimits, type RateLimits } from './rate-limit/limits.ts';

export const DEFAULT_PORT = 8787;

export interface RelayConfig {
  port: number;
  /** Absolute path; holds PGlite files and the generated secrets. */
  dataDir: string;
  adminToken: string;
  /** Where the admin token came from, so the banner prints a generated token exactly once. */
  adminTokenSource: 'env' | 'generated' | 'file';
  /** HMAC key for visitor tokens; rotating it signs every shopper out. */
  visitorTokenSecret: string;
  /** PostgreSQL connection string; unset means embedded PGlite under `dataDir`. */
  databaseUrl: string | undefined;
  /** The URL shoppers reach the relay at, when it differs from what the relay can see (e.g. behind a proxy). */
  publicUrl: string | undefined;
  /** Redis for cross-process fan-out; unset means one relay process with the in-process adapter. */
  redisUrl: string | undefined;
  /** Redis stream name and key prefix (PARLEY_REDIS_STREAM); relays sharing it share fan-out. */
  redisStream: string;
  /** How many proxies in front of the relay append to X-Forwarded-For (PARLEY_TRUST_PROXY). */
  trustedProxies: number;
  /** PARLEY_RATE_LIMITS: the defaults, `off`, or changes to single limits. */
  rateLimits: RateLimits;
}

export const ADMIN_TOKEN_FILE = 'admin-token';
export const SECRET_FILE = 'secret';
const MIN_ADMIN_TOKEN_LENGTH = 16;

/**
 * Builds the configuration from `env`. Creates the data dir and, on first start, the admin token and the
 * visitor-token secret (mode 0600) so that restarts keep shoppers and admins signed in.
 * Throws an Error whose message says how to fix the setting.
 */
export async function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): Promise<RelayConfig> {
  const port = parsePort(env.PORT);
  const dataDir = resolve(cwd, nonEmpty(env.PARLEY_DATA_DIR) ?? './data');
  const databaseUrl = parseDatabaseUrl(nonEmpty(env.DATABASE_URL));
  const publicUrl = parsePublicUrl(nonEmpty(env.PARLEY_PUBLIC_URL));
  const redisUrl = parseRedisUrl(nonEmpty(env.REDIS_URL));
  const redisStream = parseRedisStream(nonEmpty(env.PARLEY_REDIS_STREAM));
  const trustedProxies = parseTrustProxy(nonEmpty(env.PARLEY_TRUST_PROXY));
  const rateLimits = parseRateLimits(env.PARLEY_RATE_LIMITS);

  try {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new Error(
      `Cannot create the data directory ${dataDir} (${(error as Error).message}). ` +
        'Set PARLEY_DATA_DIR to a directory the relay can write to.',
      { cause: error },
    );
  }

  const envAdminToken = nonEmpty(env.PARLEY_ADMIN_TOKEN);
  let adminToken: string;
  let adminTokenSource: RelayConfig['adminTokenSource'];
  if (envAdminToken !== undefined) {
    if (envAdminToken.length < MIN_ADMIN_TOKEN_LENGTH || /\s/.test(envAdminToken)) {
      throw new Error(
        `PARLEY_ADMIN_TOKEN must be at least ${MIN_ADMIN_TOKEN_LENGTH} characters without spaces. ` +
          'Use a long random value (e.g. `openssl rand -hex 24`), or unset it to let the relay generate one.',
      );
    }
    adminToken = envAdminToken;
    adminTokenSource = 'env';
  } else {
    const kept = await readOrCreateSecretFile(join(dataDir, ADMIN_TOKEN_FILE), () => `adm_${randomToken()}`);
    adminToken = kept.value;
    adminTokenSource = kept.created ? 'generated' : 'file';
  }

  const secret = await readOrCreateSecretFile(join(dataDir, SECRET_FILE), () => randomToken(32));
  return {
    port,
    dataDir,
    adminToken,
    adminTokenSource,
    visitorTokenSecret: secret.value,
    databaseUrl,
    publicUrl,
    redisUrl,
    redisStream,
    trustedProxies,
    rateLimits,
  };
}

/** A URL-safe random string with `bytes` bytes of entropy. */
export function randomToken(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * Returns the trimmed content of a secret file, creating it with `make()` and mode 0600 if it does not exist.
 * `wx` makes creation atomic, so two relays starting on one data dir still agree on a single value.
 */
export async function readOrCreateSecretFile(
  path: string,
  make: () => string,
): Promise<{ value: string; created: boolean }> {
  const existing = await readSecretFile(path);
  if (existing !== undefined) return { value: existing, created: false };
  const value = make();
  try {
    await writeFile(path, `${value}\n`, { mode: 0o600, flag: 'wx' });
    return { value, created: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      const raced = await readSecretFile(path);
      if (raced !== undefined) return { value: raced, created: false };
    }
    throw new Error(
      `Cannot write ${path} (${(error as Error).message}). Make the data directory writable or set PARLEY_DATA_DIR.`,
      { cause: error },
    );
  }
}

/** Overwrites a secret file with mode 0600 (used for the demo agent token, which is re-issued with the demo). */
export async function writeSecretFile(path: string, value: string): Promise<void> {
  await writeFile(path, `${value}\n`, { mode: 0o600 });
  // writeFile only applies `mode` when it creates the file; an older, looser file is tightened here.
  await chmod(path, 0o600);
}

export async function readSecretFile(path: string): Promise<string | undefined> {
  try {
    const value = (await readFile(path, 'utf8')).trim();
    if (value.length === 0) {
      throw new Error(`${path} is empty. Delete it and restart the relay to generate a new value.`);
    }
    return value;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function parsePort(raw: string | undefined): number {
  const value = nonEmpty(raw);
  if (value === undefined) return DEFAULT_PORT;
  const port = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(port) || port > 65535) {
    throw new Error(
      `PORT must be a whole number between 0 and 65535, but it is "${value}". Unset it to use ${DEFAULT_PORT}.`,
    );
  }
  return port;
}

function parseDatabaseUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^postgres(ql)?:\/\//.test(value)) {
    throw new Error(
      'DATABASE_URL must be a PostgreSQL connection string such as postgres://user:pass@host:5432/parley. ' +
        'Unset it to use the embedded database in PARLEY_DATA_DIR.',
    );
  }
  try {
    new URL(value);
  } catch {
    throw new Error(
      'DATABASE_URL is not a valid URL. Percent-encode special characters in the password (e.g. "@" as %40).',
    );
  }
  return value;
}

function parsePublicUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `PARLEY_PUBLIC_URL must be an absolute URL such as https://chat.example.com, not "${value}".`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`PARLEY_PUBLIC_URL must start with http:// or https://, not "${url.protocol}".`);
  }
  // Stored without a trailing slash so callers can append paths such as `/widget.js`.
  return url.href.replace(/\/+$/, '');
}

function parseRedisUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^rediss?:\/\//.test(value)) {
    throw new Error(
      'REDIS_URL must be a Redis URL such as redis://127.0.0.1:6379 (or rediss:// for TLS). ' +
        'Unset it to run a single relay process without Redis.',
    );
  }
  try {
    new URL(value);
  } catch {
    throw new Error('REDIS_URL is not a valid URL. Percent-encode special characters in the password.');
  }
  return value;
}

function parseRedisStream(value: string | undefined): string {
  if (value === undefined) return 'parley';
  if (!/^[\w.:-]{1,100}$/.test(value)) {
    throw new Error(
      `PARLEY_REDIS_STREAM must be 1–100 letters, digits, ".", ":", "_" or "-", not "${value}".`,
    );
  }
  return value;
}

function parseTrustProxy(value: string | undefined): number {
  if (value === undefined) return 0;
  if (!/^\d{1,2}$/.test(value)) {
    throw new Error(
      `PARLEY_TRUST_PROXY must be the number of proxies in front of the relay (e.g. 1), not "${value}". ` +
        'Leave it unset when clients connect directly.',
    );
  }
  return Number(value);
}
