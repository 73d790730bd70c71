import { defineProject } from 'vitest/config';

// Tests that run the relay as real OS processes (SIGKILL crash and restart, two processes on PostgreSQL and
// Redis). One at a time: each starts relays of its own, and together they would fight for the two cores.
export default defineProject({
  test: {
    name: 'relay-processes',
    include: ['test/processes/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    maxWorkers: 1,
    sequence: { groupOrder: 2 },
  },
});
