import { newColumn } from './new-column.ts';
import { radixOrder } from './radix-order.ts';

/**
 * Standard competition ranks ("1224"): rank 1 is the highest value, ties share the lowest rank
 * number, and NaN (missing) values stay unranked (NaN). Values are compared exactly, unrounded.
 * `ascending: true` ranks the lowest value first instead.
 * @example competitionRank([90, 80, 80, 70]) // Float64Array [1, 2, 2, 4]
 */
export function competitionRank(values: ArrayLike<number>, ascending = false): Float64Array {
  const x = values instanceof Float64Array ? values : Float64Array.from(values);
  const sign = ascending ? -1 : 1;
  return x.length <= 48 ? byCounting(x, sign) : byRadix(x, ascending);
}

/** Quadratic but allocation-free counting, fastest for small tables. */
function byCounting(x: Float64Array, sign: number): Float64Array {
  const n = x.length;
  const out = newColumn(n);
  for (let i = 0; i < n; i++) {
    const v = sign * x[i]!;
    if (v !== v) {
      out[i] = NaN;
      continue;
    }
    let better = 1;
    for (let j = 0; j < n; j++) if (sign * x[j]! > v) better++;
    out[i] = better;
  }
  return out;
}

/** Radix-sorted order, then one walk that gives tied values the same (lowest) rank number. */
function byRadix(x: Float64Array, ascending: boolean): Float64Array {
  const order = radixOrder(x);
  const out = newColumn(x.length).fill(NaN);
  const m = order.length;
  for (let k = 0; k < m; k++) {
    const at = ascending ? k : m - 1 - k;
    const previous = ascending ? at - 1 : at + 1;
    const tied = k > 0 && x[order[at]!] === x[order[previous]!];
    out[order[at]!] = tied ? out[order[previous]!]! : k + 1;
  }
  return out;
}
