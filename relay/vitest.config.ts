import { defineProject } from 'vitest/config';

// Relay tests start real relays (PGlite takes a second or two to boot), hence the longer timeouts.
export default defineProject({
  test: { name: 'relay', include: ['src/**/*.test.ts'], testTimeout: 20_000, hookTimeout: 30_000 },
});
