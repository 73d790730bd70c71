// Prints what a shopper downloads: the loader, every file dist/frame/index.html loads, and their UI language's
// strings (dist/frame/i18n/<language>.json; the largest one counts, as the worst case), gzip and brotli.
// Run after `pnpm --filter @parley/widget build`; exits non-zero when a budget from DESIGN.md is exceeded.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const LOADER_BUDGET = 3000;
const OPEN_CHAT_BUDGET = 30000;

function measure(label, path) {
  if (!existsSync(path)) {
    console.error(`Missing ${path}. Run \`pnpm --filter @parley/widget build\` first.`);
    process.exit(1);
  }
  const bytes = readFileSync(path);
  return {
    label,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Scripts, stylesheets and preloads referenced by the frame page, mapped from /frame/… URLs to dist files. */
function frameAssets(html) {
  const urls = new Set();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    if (/^<link/i.test(tag) && !/rel=["']?(stylesheet|modulepreload)/i.test(tag)) continue;
    const url = /\b(?:src|href)=["']?([^"' >]+)/i.exec(tag)?.[1];
    if (url) urls.add(url);
  }
  return [...urls].map((url) => {
    if (!url.startsWith('/frame/')) throw new Error(`Unexpected asset URL in the frame page: ${url}`);
    return join(dist, 'frame', url.slice('/frame/'.length));
  });
}

const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const loader = measure('widget.js (loader)', join(dist, 'widget.js'));
const htmlPath = join(dist, 'frame', 'index.html');
const page = measure('frame/index.html', htmlPath);
const assets = frameAssets(readFileSync(htmlPath, 'utf8')).map((path) =>
  measure(path.slice(dist.length + 1), path),
);
// English is inline; every other language fetches exactly one of these, so the largest is what the budget must fit.
const i18nDir = join(dist, 'frame', 'i18n');
// …/later/<language>.json belongs to the on-demand part, reported below and not part of opening the chat.
const strings = readdirSync(i18nDir, { recursive: true }).filter((name) => name.endsWith('.json'));
const largestOf = (names) =>
  names
    .map((name) => measure(`frame/i18n/${name} (largest of ${names.length})`, join(i18nDir, name)))
    .reduce((max, row) => (row.gzip > max.gzip ? row : max));
const languages = strings.filter((name) => !name.includes('later'));
if (languages.length === 0) throw new Error(`No UI language files in ${i18nDir}.`);
const largest = largestOf(languages);
const rows = [loader, page, ...assets, largest];
const total = rows.reduce(
  (sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip, brotli: sum.brotli + row.brotli }),
  {
    raw: 0,
    gzip: 0,
    brotli: 0,
  },
);

const width = Math.max(...rows.map((row) => row.label.length), 48);
const line = (label, row) =>
  `${label.padEnd(width)}  ${kb(row.raw).padStart(10)}  ${kb(row.gzip).padStart(10)}  ${kb(row.brotli).padStart(10)}`;
console.log(
  `${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}  ${'brotli'.padStart(10)}`,
);
for (const row of rows) console.log(line(row.label, row));
console.log(line('open chat, total', total));
console.log('');
const verdict = (name, size, budget) =>
  `${size <= budget ? 'ok  ' : 'OVER'} ${name}: ${kb(size)} gzip of ${kb(budget)} budget (${((size / budget) * 100).toFixed(0)}%)`;
// Not needed to open the chat: away notice, rating, photos, emoji, error sentences (prefetched at idle once the chat is
// up), and the long-polling transport (only after WebSocket failed).
const onDemand = [
  ...readdirSync(join(dist, 'frame', 'assets'))
    .filter((name) => name.startsWith('later-') && name.endsWith('.js'))
    .map((name) => measure(`frame/assets/${name}`, join(dist, 'frame', 'assets', name))),
  largestOf(strings.filter((name) => name.includes('later'))),
];
for (const row of onDemand) console.log(line(row.label, row));
console.log(
  line(
    'on demand, total',
    onDemand.reduce((sum, row) => ({
      raw: sum.raw + row.raw,
      gzip: sum.gzip + row.gzip,
      brotli: sum.brotli + row.brotli,
    })),
  ),
);
console.log('');
console.log(verdict('loader', loader.gzip, LOADER_BUDGET));
console.log(verdict('open chat', total.gzip, OPEN_CHAT_BUDGET));
console.log(
  'Reference (DESIGN.md): Rocket.Chat loader 3.1 kB; first iframe scripts Rocket.Chat 72.7 kB, Papercups 119 kB.',
);
if (loader.gzip > LOADER_BUDGET || total.gzip > OPEN_CHAT_BUDGET) process.exit(1);
