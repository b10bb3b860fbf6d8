import type { AggregateInput } from './types.ts';

/** Combines one unit's observed child values with their (not yet normalised) weights. */
export type Combine = (values: Float64Array, weights: Float64Array, count: number) => number;

/**
 * Runs a per-unit mean over observed children only: weights are renormalised over the children
 * that are present, a parent with every child missing (or fewer than `minAvailability`) is missing.
 */
export function rowWise(input: AggregateInput, combine: Combine): Float64Array {
  const { columns, weights, units } = input;
  const k = columns.length;
  const need = Math.max(1, Math.ceil((input.params.minAvailability ?? 0) * k - 1e-9));
  const out = new Float64Array(units);
  const values = new Float64Array(k);
  const w = new Float64Array(k);
  for (let u = 0; u < units; u++) {
    let count = 0;
    for (let c = 0; c < k; c++) {
      const v = columns[c]![u]!;
      if (Number.isNaN(v) || weights[c] === 0) continue;
      values[count] = v;
      w[count++] = weights[c]!;
    }
    out[u] = count >= need ? combine(values, w, count) : NaN;
  }
  return out;
}
