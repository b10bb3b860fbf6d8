/**
 * Fractional ranks (ascending, 1 = lowest) where ties get the mean of the ranks they span,
 * as Spearman's correlation needs. NaN inputs stay NaN.
 */
export function averageRank(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const out = new Float64Array(n).fill(NaN);
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(values[i]!)) order.push(i);
  order.sort((a, b) => values[a]! - values[b]!);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1]!] === values[order[start]!]) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) out[order[k]!] = rank;
    start = end + 1;
  }
  return out;
}
