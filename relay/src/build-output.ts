// Serves the widget and console build outputs from disk, refusing any path that escapes the build folder, compressed
// for browsers that accept it: the widget's size budgets are gzip figures, so shoppers must get gzip (or brotli).
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { ParleyError } from '@parley/shared';

export interface BuildDirs {
  /** widget/dist: widget.js (the loader) and frame/ (the chat app). */
  widget: string;
  /** extension/dist-console: the web agent console. */
  console: string;
}

/** Paths relative to this file, not to the working directory, so `pnpm start` works from any folder. */
export function defaultBuildDirs(): BuildDirs {
  return {
    widget: fileURLToPath(new URL('../../widget/dist/', import.meta.url)),
    console: fileURLToPath(new URL('../../extension/dist-console/', import.meta.url)),
  };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Text that compresses; images and fonts are compressed already. */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.svg',
  '.txt',
  '.webmanifest',
]);

type Encoding = 'br' | 'gzip';

const compressors: Record<Encoding, (body: Buffer) => Promise<Buffer>> = {
  br: (body) =>
    promisify(brotliCompress)(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body) => promisify(gzip)(body, { level: 9 }),
};

/**
 * Compressed bodies by file, size, mtime and encoding: a build's files are compressed once, at the best level, and
 * a rebuilt file (new mtime) is compressed again. Bounded, though a build has only a few dozen files.
 */
const compressedCache = new Map<string, Promise<Buffer>>();
const COMPRESSED_CACHE_LIMIT = 200;

function compressed(file: string, version: string, encoding: Encoding, body: Buffer): Promise<Buffer> {
  const key = `${encoding} ${version} ${file}`;
  let entry = compressedCache.get(key);
  if (!entry) {
    if (compressedCache.size >= COMPRESSED_CACHE_LIMIT) compressedCache.clear();
    entry = compressors[encoding](body);
    compressedCache.set(key, entry);
    entry.catch(() => compressedCache.delete(key));
  }
  return entry;
}

/** Brotli when the browser takes it, else gzip, else none; `q=0` means "not this one". */
export function pickEncoding(acceptEncoding: string | undefined | null): Encoding | undefined {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .toLowerCase()
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, ...params]) => !params.some((param) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(param)))
      .map(([name]) => name?.trim()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return undefined;
}

export interface ServeOptions {
  /** Names the build in the error shown when it is missing, e.g. "widget". */
  build: string;
  cacheControl: string;
  /** The request's Accept-Encoding header. */
  acceptEncoding?: string | undefined;
  headers?: Record<string, string>;
  /** Entry points (widget.js, index.html) answer 503 when missing: the build has not run, the URL is right. */
  entryPoint?: boolean;
}

/**
 * Reads `relativePath` (URL-encoded, as it appears after the mount point) under `root`.
 * Rejects encoded slashes, dot segments and dotfiles before touching the disk.
 */
export async function serveBuildFile(
  root: string,
  relativePath: string,
  options: ServeOptions,
): Promise<Response> {
  const file = resolveInside(root, relativePath);
  const notBuilt = () =>
    new ParleyError(
      'unavailable',
      `The ${options.build} has not been built yet. Run \`pnpm build\` in the repository root, then reload.`,
    );
  if (!(await isDirectory(root))) throw notBuilt();
  let body: Buffer;
  let version: string;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    version = `${info.size}:${info.mtimeMs}`;
    body = await readFile(file);
  } catch {
    if (options.entryPoint) throw notBuilt();
    throw new ParleyError('not_found', 'No such file.');
  }
  const type = extname(file).toLowerCase();
  const headers: Record<string, string> = {
    'Content-Type': CONTENT_TYPES[type] ?? 'application/octet-stream',
    'Cache-Control': options.cacheControl,
    'X-Content-Type-Options': 'nosniff',
    ...options.headers,
  };
  const encoding = COMPRESSIBLE.has(type) ? pickEncoding(options.acceptEncoding) : undefined;
  if (COMPRESSIBLE.has(type)) headers.Vary = 'Accept-Encoding';
  if (encoding) {
    body = await compressed(file, version, encoding, body);
    headers['Content-Encoding'] = encoding;
  }
  return new Response(new Uint8Array(body), { status: 200, headers });
}

function resolveInside(root: string, relativePath: string): string {
  const notFound = () => new ParleyError('not_found', 'No such file.');
  let decoded: string;
  try {
    decoded = decodeURIComponent(relativePath);
  } catch {
    throw notFound();
  }
  if (decoded.includes('\0') || decoded.includes('\\')) throw notFound();
  const segments = decoded.split('/').filter((segment) => segment.length > 0);
  if (segments.some((segment) => segment.startsWith('.'))) throw notFound();
  const base = resolve(root);
  const file = resolve(base, ...segments);
  // Belt and braces: even if a segment check were wrong, nothing outside the build folder is ever read.
  if (!file.startsWith(base + sep)) throw notFound();
  return file;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
