import { kurtosis, skewness } from './skewness.ts';

/** The outlier test's thresholds: an indicator fails when |skewness| ≥ `skewness` and kurtosis ≥ `kurtosis`. */
export interface Thresholds {
  skewness: number;
  kurtosis: number;
}

/** COINr's defaults: absolute skewness 2 and (excess) kurtosis 3.5. */
export const coinrThresholds: Thresholds = { skewness: 2, kurtosis: 3.5 };

/**
 * COINr's `check_SkewKurt()`: a column passes when |skewness| < 2 or kurtosis < 3.5 (sample
 * formulas, missing values skipped). A column whose statistics are undefined (fewer than four
 * values, or constant) passes, as COINr leaves it untreated.
 */
export function passes(column: ArrayLike<number>, thresholds: Thresholds = coinrThresholds): boolean {
  const sk = skewness(column);
  const kt = kurtosis(column);
  if (Number.isNaN(sk) || Number.isNaN(kt)) return true;
  return Math.abs(sk) < thresholds.skewness || kt < thresholds.kurtosis;
}
