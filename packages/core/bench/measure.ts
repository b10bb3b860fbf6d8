/** Median milliseconds per call of `fn`, from `samples` batches sized to last about `batchMs` each. */
export function measure(fn: () => void, samples = 15, batchMs = 40): number {
  fn();
  let batch = 1;
  for (let t = time(fn, batch); t < batchMs && batch < 1 << 24; t = time(fn, batch)) batch *= 2;
  const times: number[] = [];
  for (let s = 0; s < samples; s++) times.push(time(fn, batch) / batch);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function time(fn: () => void, batch: number): number {
  const start = performance.now();
  for (let i = 0; i < batch; i++) fn();
  return performance.now() - start;
}

/** A duration in the unit that reads best. */
export function formatMs(ms: number): string {
  if (ms < 1e-3) return `${(ms * 1e6).toFixed(0)} ns`;
  if (ms < 1) return `${(ms * 1e3).toFixed(2)} µs`;
  if (ms < 1000) return `${ms.toFixed(2)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}
