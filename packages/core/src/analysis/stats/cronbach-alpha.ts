import { completeRows } from './complete-rows.ts';

/**
 * Cronbach's alpha of a group of items (columns, one value per unit): k/(k-1)·(1 - Σ var(item) /
 * var(sum of items)), with sample variances over the units where every item is observed. NaN with
 * fewer than 2 items, fewer than 2 complete units, or a constant total.
 * @example cronbachAlpha([[1, 2, 3], [2, 3, 4]]) // 1
 */
export function cronbachAlpha(items: readonly ArrayLike<number>[]): number {
  const k = items.length;
  const columns = completeRows(items);
  const units = columns[0]?.length ?? 0;
  if (k < 2 || units < 2) return NaN;
  const totals = new Float64Array(units);
  let itemVariance = 0;
  for (const column of columns) {
    itemVariance += variance(column);
    for (let u = 0; u < units; u++) totals[u] = totals[u]! + column[u]!;
  }
  const totalVariance = variance(totals);
  return totalVariance > 0 ? (k / (k - 1)) * (1 - itemVariance / totalVariance) : NaN;
}

function variance(values: Float64Array): number {
  let mean = 0;
  for (const v of values) mean += v / values.length;
  let ss = 0;
  for (const v of values) ss += (v - mean) * (v - mean);
  return ss / (values.length - 1);
}
