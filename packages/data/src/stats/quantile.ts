/**
 * The p-quantile of already sorted numbers with R's default type-7 interpolation
 * (h = (n - 1)p, linear between neighbours), so figures compare with COINr and R.
 * Empty input gives NaN; p is clamped to [0, 1].
 * @example quantileSorted([1, 2, 3, 4], 0.5) // 2.5
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** The type-7 p-quantile of the observed (non-NaN) values, in any order. */
export function quantile(values: ArrayLike<number>, p: number): number {
  const sorted = Array.from(values).filter((v) => !Number.isNaN(v));
  sorted.sort((a, b) => a - b);
  return quantileSorted(sorted, p);
}

/** The median of the observed values (type-7 0.5 quantile); NaN when none. */
export function median(values: ArrayLike<number>): number {
  return quantile(values, 0.5);
}
