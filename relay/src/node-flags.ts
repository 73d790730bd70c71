/**
 * Node.js flags the relay runs with (`pnpm start` passes the same; node-flags.test.ts keeps them in step).
 * Both are about V8's full (mark-compact) collections: a relay with thousands of sockets holds over a million
 * objects, and marking them takes the machine's cores for a few hundred milliseconds, during which every
 * shopper's message waits. Measured with `pnpm bench:relay` (docs/operations.md, "Performance").
 *
 * - A 64 MB young generation: a message's objects live for one database round trip, and with V8's default they
 *   often outlive two scavenges, get promoted, and fill the old generation towards the next full collection.
 * - The old generation may grow to four times what the last full collection left alive (V8 picks 1.1–4 times
 *   by itself, and picked the low end here): full collections come every minute or two at 500 messages/s instead
 *   of every 10–30 s, so the stalls they cause fall under the 99th percentile. It costs memory: at 5,000
 *   shoppers the heap may reach about 0.9 GB before a collection brings it back to about 0.2 GB.
 */
export const RELAY_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64', '--heap-growing-percent=300'];
