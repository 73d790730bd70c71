// The text of a message `pnpm bench:relay` sends: a label, the message's number and its send time, then words
// for the relay to analyse. Agents read the number and time back without any state per message id.

export function benchText(label: string, n: number, sentAt: number): string {
  return `${label} ${n} ${sentAt} where is my order?`;
}

/** The number and send time of a measured (`label`) message; null for others, NaN fields when unreadable. */
export function readBenchText(label: string, text: string): { n: number; sentAt: number } | null {
  const [found, number, stamp] = text.split(' ', 3);
  if (found !== label) return null;
  return { n: Number(number), sentAt: Number(stamp) };
}
