import { mean } from './mean.ts';

/**
 * The population standard deviation (divides by n, not n - 1) of the numbers given, ignoring missing
 * values; NaN when none is left, 0 for a single value.
 * @example populationSd([2, 4, 4, 4, 5, 5, 7, 9]) // 2
 */
export function populationSd(values: readonly (number | null)[]): number {
  const present = values.filter((value): value is number => value !== null && !Number.isNaN(value));
  const centre = mean(present);
  return Math.sqrt(mean(present.map((value) => (value - centre) ** 2)));
}
