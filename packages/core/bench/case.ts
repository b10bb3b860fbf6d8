/** One benchmark: the work measured, a same-run baseline, and the absolute target it must meet. */
export interface BenchCase {
  name: string;
  /** Human-readable target, e.g. "< 20 µs". */
  target: string;
  /** The case fails when its median time per run is above this many milliseconds. */
  limitMs: number;
  run: () => void;
  baseline: { name: string; run: () => void };
}
