// Merging messages from acks, live events and syncs into one gap-tolerant, duplicate-free list ordered by seq.
import type { Message } from '@parley/shared';

/**
 * Returns `current` plus the messages of `incoming` it did not hold, sorted by seq. A message counts as held when
 * its id or its seq is already present, so an ack, a live event and a sync for the same message add it once.
 * Returns the same array when nothing is new, so callers can skip re-rendering.
 */
export function mergeMessages(current: readonly Message[], incoming: readonly Message[]): readonly Message[] {
  const ids = new Set(current.map((message) => message.id));
  const seqs = new Set(current.map((message) => message.seq));
  const added: Message[] = [];
  for (const message of incoming) {
    if (ids.has(message.id) || seqs.has(message.seq)) continue;
    ids.add(message.id);
    seqs.add(message.seq);
    added.push(message);
  }
  if (added.length === 0) return current;
  return [...current, ...added].sort((a, b) => a.seq - b.seq);
}

/** The highest seq held; 0 for none. */
export function lastSeq(messages: readonly Message[]): number {
  return messages.reduce((max, message) => Math.max(max, message.seq), 0);
}

/**
 * What `messages:sync` resumes from: the end of the unbroken run from seq 1 (seqs have no gaps). Not `lastSeq`: a
 * live event that lands before the sync after a reconnect would otherwise hide what was missed before it.
 */
export function resumeSeq(sorted: readonly Message[]): number {
  let seq = 0;
  for (const message of sorted) {
    if (message.seq !== seq + 1) break;
    seq++;
  }
  return seq;
}
