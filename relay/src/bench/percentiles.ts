// Latency summaries of per-call samples: the median and the tail, which a mean over many calls hides.

export interface Percentiles {
  p50: number;
  p99: number;
}

/** Nearest-rank percentile of ascending `sorted` samples. */
export function nearestRank(sorted: ArrayLike<number>, p: number): number {
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

/** p50 and p99 of `samples`, rounded to `digits` decimals. */
export function percentiles(samples: readonly number[], digits: number): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const scale = 10 ** digits;
  const round = (x: number) => Math.round(x * scale) / scale;
  return { p50: round(nearestRank(sorted, 50)), p99: round(nearestRank(sorted, 99)) };
}
