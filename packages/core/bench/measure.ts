/**
 * Case and baseline measured in alternating rounds (so both see the same machine load), each round
 * giving one ratio; returns the medians of the case's and the baseline's times and of the ratios.
 */
export function interleaved(
  fn: () => void,
  baseline: () => void,
  rounds: number,
): { ms: number; baseMs: number; ratio: number } {
  const [fnBatch, baseBatch] = [batchSize(fn, 20), batchSize(baseline, 20)];
  const times: number[] = [];
  const baseTimes: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const ms = Math.min(time(fn, fnBatch), time(fn, fnBatch)) / fnBatch;
    const baseMs = Math.min(time(baseline, baseBatch), time(baseline, baseBatch)) / baseBatch;
    times.push(ms);
    baseTimes.push(baseMs);
    ratios.push(ms / baseMs);
  }
  return { ms: median(times), baseMs: median(baseTimes), ratio: median(ratios) };
}

/** How many calls make one timed batch of about `batchMs` (after one warm-up call). */
function batchSize(fn: () => void, batchMs: number): number {
  fn();
  let batch = 1;
  for (let t = time(fn, batch); t < batchMs && batch < 1 << 24; t = time(fn, batch)) batch *= 2;
  return batch;
}

/**
 * Milliseconds of this process's CPU time (user + system) that `batch` calls take: unlike wall-clock
 * time, it does not grow when other work on a busy machine takes the processor away.
 */
function time(fn: () => void, batch: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < batch; i++) fn();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A duration in the unit that reads best. */
export function formatMs(ms: number): string {
  if (ms < 1e-3) return `${(ms * 1e6).toFixed(0)} ns`;
  if (ms < 1) return `${(ms * 1e3).toFixed(2)} µs`;
  if (ms < 1000) return `${ms.toFixed(2)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}
