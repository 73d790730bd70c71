import { defineProject } from 'vitest/config';

// Relay tests start real relays (PGlite, sockets, PostgreSQL, Redis) and mostly wait on I/O, so two workers keep
// a 2-core machine busy where vitest's default (cores - 1) would run the files one by one. A project with its
// own worker count needs its own group, so the relay runs after the other packages' tests.
export default defineProject({
  test: {
    name: 'relay',
    include: ['src/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    maxWorkers: 2,
    sequence: { groupOrder: 1 },
  },
});
