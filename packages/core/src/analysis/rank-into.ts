/**
 * Competition ranks ("1224": rank 1 is the highest, ties share the lowest rank number, NaN stays
 * unranked) written into `out`, using `order` as scratch: the same ranks as `competitionRank`,
 * by an insertion sort that needs no allocation (fast for the few dozen units an index has).
 */
export function rankInto(values: Float64Array, order: Int32Array, out: Float64Array): void {
  let m = 0;
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i]!)) out[i] = NaN;
    else order[m++] = i;
  }
  for (let k = 1; k < m; k++) {
    const i = order[k]!;
    const v = values[i]!;
    let j = k - 1;
    while (j >= 0 && values[order[j]!]! < v) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = i;
  }
  for (let k = 0; k < m; k++) {
    const i = order[k]!;
    const previous = k > 0 ? order[k - 1]! : -1;
    out[i] = previous >= 0 && values[previous] === values[i] ? out[previous]! : k + 1;
  }
}
