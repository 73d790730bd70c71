/**
 * Node.js flags the relay runs with (`pnpm start` passes the same). A 64 MB young generation: a message's
 * objects live for one database round trip, and with V8's default they often outlive two scavenges, get
 * promoted, and are collected later by full mark-compacts, whose work lands on the event loop as latency spikes
 * for every shopper at once. Measured with `pnpm bench:relay` (docs/operations.md): p99 roughly a third.
 */
export const RELAY_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];
