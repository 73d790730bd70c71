// size-limit budgets (DESIGN: loader ≤ 3 kB, open chat ≤ 30 kB, gzip). A shopper who is not reading English also
// fetches one UI language file (dist/frame/i18n/<keys>/<language>.json); the largest is counted, as the worst case.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const i18n = 'dist/frame/i18n';
const gzipSize = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const languageFiles = readdirSync(i18n, { recursive: true })
  .filter((name) => name.endsWith('.json'))
  .map((name) => `${i18n}/${name}`);
const largestLanguage = languageFiles.reduce((max, path) => (gzipSize(path) > gzipSize(max) ? path : max));

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
      'dist/frame/assets/*.js',
      'dist/frame/assets/*.css',
      largestLanguage,
    ],
    gzip: true,
    limit: '30 kB',
  },
];
