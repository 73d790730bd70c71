/**
 * Node.js flags the relay runs with (`pnpm start` passes the same; node-flags.test.ts keeps them in step).
 * All three are about V8's full (mark-compact) collections: a relay with thousands of sockets holds over a
 * million objects, and while they are marked every shopper's message waits for CPU. Measured with
 * `pnpm bench:relay` (docs/operations.md, "Performance").
 *
 * - A 64 MB young generation: a message's objects live for one database round trip, and with V8's default they
 *   often outlive two scavenges, get promoted, and fill the old generation towards the next full collection.
 * - The old generation may grow to four times what the last full collection left alive (V8 picks 1.1–4 times
 *   by itself, and picked the low end here): full collections come every minute or two at 500 messages/s instead
 *   of every 10–30 s, so the stalls they cause fall under the 99th percentile. It costs memory: at 5,000
 *   shoppers the heap may reach about 0.9 GB before a collection brings it back to about 0.2 GB.
 * - One thread marks concurrently. Node gives V8 four helper threads whatever the core count, and with all of them
 *   marking, the collection after 5,000 shoppers connected took 413 ms of CPU in 153 ms on a 2-core machine,
 *   leaving nothing to the event loop, the database or the agents; one thread did the same marking in 137 ms of
 *   CPU (plus 52 ms in the relay's own steps). The slowest delivery of 20 s runs went from 187–378 ms to 110–181 ms.
 */
export const RELAY_NODE_FLAGS: readonly string[] = [
  '--max-semi-space-size=64',
  '--heap-growing-percent=300',
  '--concurrent-marking-max-worker-num=1',
];
