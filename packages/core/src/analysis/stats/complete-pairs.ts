/** The values of x and y at the positions where both are observed (not NaN), in order. */
export function completePairs(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
): { x: Float64Array; y: Float64Array } {
  if (x.length !== y.length)
    throw new RangeError(`columns of different lengths: ${x.length} and ${y.length}`);
  const keep: number[] = [];
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!) && !Number.isNaN(y[i]!)) keep.push(i);
  return { x: Float64Array.from(keep, (i) => x[i]!), y: Float64Array.from(keep, (i) => y[i]!) };
}
