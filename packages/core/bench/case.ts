/** One benchmark: the work measured, a baseline measured beside it in the same run, and the ratio it must stay under. */
export interface BenchCase {
  name: string;
  /** The case fails when its median time is more than this many times the baseline's. */
  maxRatio: number;
  run: () => void;
  baseline: { name: string; run: () => void };
}
