/** Rounds to 10 decimals, so that k·step reads as the multiple it is (0.01 · 346 → 3.46, 100 - 88.7 → 11.3). */
export const tidy = (x: number) => Math.round(x * 1e10) / 1e10;

/**
 * The smallest amount in (0, max], a multiple of `step` (or `max` itself), at which a monotone
 * predicate holds; null when even `max` does not reach. Bisects to step/100, rounds up to the
 * step grid, then steps up or down until `amount` reaches and `amount - step` does not.
 * @example smallestAmount((x) => x >= 3.456, 10, 0.01) // 3.46
 */
export function smallestAmount(
  reaches: (amount: number) => boolean,
  max: number,
  step: number,
): number | null {
  if (!(max > 0) || !reaches(max)) return null;
  let lo = 0,
    hi = max;
  while (hi - lo > step / 100) {
    const mid = (lo + hi) / 2;
    if (reaches(mid)) hi = mid;
    else lo = mid;
  }
  let amount = Math.min(max, tidy(Math.ceil(tidy(hi / step)) * step));
  while (amount < max && !reaches(amount)) amount = Math.min(max, tidy(amount + step));
  while (amount - step > 0 && reaches(tidy(amount - step))) amount = tidy(amount - step);
  return amount;
}
