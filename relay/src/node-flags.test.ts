import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RELAY_NODE_FLAGS } from './node-flags.ts';

const startScript = (packageJson: URL) =>
  (JSON.parse(readFileSync(packageJson, 'utf8')) as { scripts: { start: string } }).scripts.start;

describe('the relay’s Node.js flags', () => {
  it('are passed by both start scripts, so `pnpm start` runs the relay as it was measured', () => {
    for (const packageJson of [
      new URL('../package.json', import.meta.url),
      new URL('../../package.json', import.meta.url),
    ]) {
      const words = startScript(packageJson).split(/\s+/);
      for (const flag of RELAY_NODE_FLAGS) expect(words, `${packageJson.pathname}: ${flag}`).toContain(flag);
    }
  });

  it('are flags this Node.js accepts', () => {
    const run = spawnSync(process.execPath, [...RELAY_NODE_FLAGS, '-e', 'process.exit(0)'], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
