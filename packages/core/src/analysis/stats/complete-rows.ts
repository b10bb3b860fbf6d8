/** The columns restricted to the rows (units) where every column is observed (listwise deletion). */
export function completeRows(columns: readonly ArrayLike<number>[]): Float64Array[] {
  const length = columns[0]?.length ?? 0;
  const keep: number[] = [];
  for (let i = 0; i < length; i++) if (columns.every((c) => !Number.isNaN(c[i]!))) keep.push(i);
  return columns.map((c) => Float64Array.from(keep, (i) => c[i]!));
}
