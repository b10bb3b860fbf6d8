import { skewness } from './skewness.ts';

function range(column: Float64Array): { min: number; max: number } {
  let [min, max] = [Infinity, -Infinity];
  for (const v of column) if (!Number.isNaN(v)) [min, max] = [Math.min(min, v), Math.max(max, v)];
  return { min, max };
}

/**
 * COINr's `log_CT()`: log(x − min + a) with a = 0.01·(max − min), whatever the skew's sign
 * (missing values stay missing).
 * @example logCt(Float64Array.of(0, 100)) // [log(1), log(101)]
 */
export function logCt(column: Float64Array): Float64Array {
  const { min, max } = range(column);
  const a = 0.01 * (max - min);
  return column.map((v) => Math.log(v - min + a));
}

/**
 * COINr's `log_CT_plus()`: `log_CT` for positive skew, and the mirror −log(max + a − x) for
 * negative skew, so the transform always reduces the skew's size.
 */
export function logCtPlus(column: Float64Array): Float64Array {
  if (skewness(column) > 0) return logCt(column);
  const { min, max } = range(column);
  const a = 0.01 * (max - min);
  return column.map((v) => -Math.log(max + a - v));
}
