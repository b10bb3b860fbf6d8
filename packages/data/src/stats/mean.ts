/**
 * The arithmetic mean of the numbers given, ignoring missing values (null or NaN); NaN when none is left.
 * @example mean([1, null, 3]) // 2
 */
export function mean(values: readonly (number | null)[]): number {
  const present = values.filter((value): value is number => value !== null && !Number.isNaN(value));
  return present.length === 0 ? Number.NaN : present.reduce((sum, value) => sum + value, 0) / present.length;
}
