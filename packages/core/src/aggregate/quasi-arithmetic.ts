import { newColumn } from '@smartcities/data/stats';
import type { AggregateInput } from './types.ts';

/**
 * A weighted quasi-arithmetic mean g(Σ w·f(x) / Σ w) computed column by column over the
 * observed children only: weights are renormalised over the children present, a unit with every
 * child missing (or fewer than `minAvailability` of them) is missing. Children with weight 0 are
 * ignored. Without f and g it is the arithmetic mean (kept free of calls: the hot path); log/exp
 * give the geometric mean, 1/x the harmonic.
 */
export function quasiArithmetic(
  input: AggregateInput,
  f?: (x: number) => number,
  g?: (y: number) => number,
): Float64Array {
  const { columns, weights, units } = input;
  const need = Math.max(1, Math.ceil((input.params.minAvailability ?? 0) * columns.length - 1e-9));
  const sum = newColumn(units);
  const total = newColumn(units);
  const count = newColumn(units);
  for (let c = 0; c < columns.length; c++) {
    const w = weights[c]!;
    if (w === 0) continue;
    const column = columns[c]!;
    for (let u = 0; u < units; u++) {
      const v = column[u]!;
      if (v !== v) continue;
      sum[u] = sum[u]! + (f ? w * f(v) : w * v);
      total[u] = total[u]! + w;
      count[u] = count[u]! + 1;
    }
  }
  for (let u = 0; u < units; u++) {
    const mean = sum[u]! / total[u]!;
    sum[u] = count[u]! < need ? NaN : g ? g(mean) : mean;
  }
  return sum;
}
