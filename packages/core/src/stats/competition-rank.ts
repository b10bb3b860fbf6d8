/**
 * Standard competition ranks ("1224"): rank 1 is the highest value, ties share the lowest rank
 * number, and NaN (missing) values stay unranked (NaN). Values are compared exactly, unrounded.
 * `ascending: true` ranks the lowest value first instead.
 * @example competitionRank([90, 80, 80, 70]) // Float64Array [1, 2, 2, 4]
 */
export function competitionRank(values: ArrayLike<number>, ascending = false): Float64Array {
  const n = values.length;
  return n <= 64 ? rankByCounting(values, ascending) : rankBySorting(values, ascending);
}

function rankByCounting(values: ArrayLike<number>, ascending: boolean): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) {
      out[i] = NaN;
      continue;
    }
    let better = 0;
    for (let j = 0; j < n; j++) {
      const w = values[j]!;
      if (ascending ? w < v : w > v) better++;
    }
    out[i] = better + 1;
  }
  return out;
}

function rankBySorting(values: ArrayLike<number>, ascending: boolean): Float64Array {
  const n = values.length;
  const out = new Float64Array(n).fill(NaN);
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(values[i]!)) order.push(i);
  const sign = ascending ? 1 : -1;
  order.sort((a, b) => sign * (values[a]! - values[b]!));
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const prev = k > 0 ? order[k - 1]! : -1;
    out[i] = prev >= 0 && values[prev] === values[i] ? out[prev]! : k + 1;
  }
  return out;
}
