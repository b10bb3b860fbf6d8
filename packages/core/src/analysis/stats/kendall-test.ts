import { kendall } from '../../stats/kendall.ts';
import { normalUpperTail } from '../special/normal-cdf.ts';
import type { CorrelationTest } from './correlation-test.ts';

/**
 * Kendall's tau-b of complete pairs with the normal approximation of S (concordant minus
 * discordant pairs) and its tie-corrected variance (Kendall 1970; R's cor.test, exact = FALSE).
 */
export function kendallTest(x: Float64Array, y: Float64Array): CorrelationTest {
  const n = x.length;
  const r = kendall(x, y);
  if (n < 3 || Number.isNaN(r)) return { r: n < 3 ? NaN : r, p: NaN, n };
  const tx = tieSizes(x),
    ty = tieSizes(y);
  const pairs = (n * (n - 1)) / 2;
  const s =
    r * Math.sqrt((pairs - sum(tx, (t) => (t * (t - 1)) / 2)) * (pairs - sum(ty, (t) => (t * (t - 1)) / 2)));
  const variance =
    (n * (n - 1) * (2 * n + 5) -
      sum(tx, (t) => t * (t - 1) * (2 * t + 5)) -
      sum(ty, (t) => t * (t - 1) * (2 * t + 5))) /
      18 +
    (sum(tx, (t) => t * (t - 1)) * sum(ty, (t) => t * (t - 1))) / (2 * n * (n - 1)) +
    (sum(tx, (t) => t * (t - 1) * (t - 2)) * sum(ty, (t) => t * (t - 1) * (t - 2))) /
      (9 * n * (n - 1) * (n - 2));
  return { r, p: Math.min(1, 2 * normalUpperTail(Math.abs(s) / Math.sqrt(variance))), n };
}

/** Sizes of the groups of tied values (groups of one included; they add nothing to the sums). */
function tieSizes(values: Float64Array): number[] {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.values()];
}

function sum(values: number[], f: (t: number) => number): number {
  return values.reduce((acc, t) => acc + f(t), 0);
}
