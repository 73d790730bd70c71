// size-limit budgets (DESIGN: loader ≤ 3 kB, open chat ≤ 30 kB, gzip). A shopper who is not reading English also
// fetches one UI language file (dist/frame/i18n/<keys>/<language>.json); the largest is counted, as the worst case.
// The on-demand part (later/: away notice, rating, photos, emoji, with its own strings in i18n/<keys>/later/) is not
// needed to open the chat; it has a budget of its own.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const i18n = 'dist/frame/i18n';
const gzipSize = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const languageFiles = readdirSync(i18n, { recursive: true })
  .filter((name) => name.endsWith('.json'))
  .map((name) => `${i18n}/${name}`);
const largest = (paths) => paths.reduce((max, path) => (gzipSize(path) > gzipSize(max) ? path : max));
const largestLanguage = largest(languageFiles.filter((path) => !path.includes('/later/')));
const largestLaterLanguage = largest(languageFiles.filter((path) => path.includes('/later/')));

export default [
  {
    name: 'loader in the host page (dist/widget.js)',
    path: 'dist/widget.js',
    gzip: true,
    limit: '3 kB',
  },
  {
    name: `everything loaded to open the chat (loader + frame html, js, css + ${largestLanguage.split('/').pop()})`,
    path: [
      'dist/widget.js',
      'dist/frame/index.html',
      'dist/frame/assets/index-*.js',
      'dist/frame/assets/*.css',
      largestLanguage,
    ],
    gzip: true,
    limit: '30 kB',
  },
  {
    name: `loaded on demand (later/ and the long-polling fallback + ${largestLaterLanguage.split('/').pop()})`,
    path: ['dist/frame/assets/later-*.js', largestLaterLanguage],
    gzip: true,
    limit: '8 kB',
  },
];
