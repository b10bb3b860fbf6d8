/**
 * The first `n` rows of a ranking (sorted best first) and every following row tied with the
 * n-th, so that a cut never splits a tie: with ranks 1, 2, 3, 4, 4, 4, 7 the top 4 is six rows.
 * Rows without a rank (null) are never added for a tie; `n` undefined keeps every row, `n` of 0
 * or less keeps none; an empty ranking gives an empty list.
 * @example topWithTies([{ rank: 1 }, { rank: 2 }, { rank: 2 }], 2) // all three rows
 */
export function topWithTies<R extends { rank: number | null }>(
  rows: readonly R[],
  n: number | undefined,
): R[] {
  if (n === undefined) return [...rows];
  if (n <= 0) return [];
  const last = rows[n - 1]?.rank ?? null;
  let end = Math.min(n, rows.length);
  while (last !== null && end < rows.length && rows[end]!.rank === last) end++;
  return rows.slice(0, end);
}
