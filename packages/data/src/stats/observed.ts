/** Summary statistics of the observed (non-NaN) values of a column. */
export interface Observed {
  count: number;
  min: number;
  max: number;
  mean: number;
  /** Sample standard deviation (n - 1); NaN with fewer than two values. */
  sd: number;
}

/**
 * Min, max, mean and sample SD over the observed values only: NaN (missing) cells are skipped.
 * An empty or all-missing column gives count 0 and NaN statistics.
 */
export function observed(values: ArrayLike<number>): Observed {
  let count = 0;
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    count++;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (count === 0) return { count, min: NaN, max: NaN, mean: NaN, sd: NaN };
  const mean = sum / count;
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) ss += (v - mean) * (v - mean);
  }
  return { count, min, max, mean, sd: count > 1 ? Math.sqrt(ss / (count - 1)) : NaN };
}

/** Population standard deviation (divides by n) of the observed values; NaN when none. */
export function populationSd(values: ArrayLike<number>): number {
  const { count, mean } = observed(values);
  if (count === 0) return NaN;
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) ss += (v - mean) * (v - mean);
  }
  return Math.sqrt(ss / count);
}
