import { pearson } from '../../stats/pearson.ts';
import { spearman } from '../../stats/spearman.ts';
import { studentTTwoSided } from '../special/student-t.ts';
import { completePairs } from './complete-pairs.ts';
import { kendallTest } from './kendall-test.ts';

/** A correlation method name. */
export type CorrelationMethod = 'pearson' | 'spearman' | 'kendall';

/** The correlation methods, in documentation order. */
export const correlationMethods: readonly CorrelationMethod[] = ['pearson', 'spearman', 'kendall'];

/** A correlation coefficient, its two-sided p-value against "no correlation", and the pairs used. */
export interface CorrelationTest {
  r: number;
  p: number;
  n: number;
}

/**
 * Correlation with a two-sided p-value over the pairs where both values are observed. Pearson
 * and Spearman use t = r·√((n-2)/(1-r²)) with n - 2 degrees of freedom (for Spearman this is the
 * large-sample approximation, not R's exact test); Kendall's tau-b uses the normal approximation
 * with the tie-corrected variance (as R's cor.test with exact = FALSE). NaN r and p with fewer
 * than 3 pairs or a constant side; |r| = 1 gives p = 0.
 * @example correlationTest([1, 2, 3, 4], [1, 3, 2, 4], 'pearson') // { r: 0.8, p: 0.2, n: 4 }
 */
export function correlationTest(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  method: CorrelationMethod,
): CorrelationTest {
  const pairs = completePairs(x, y);
  if (method === 'kendall') return kendallTest(pairs.x, pairs.y);
  const n = pairs.x.length;
  const r = method === 'pearson' ? pearson(pairs.x, pairs.y) : spearman(pairs.x, pairs.y);
  if (n < 3 || Number.isNaN(r)) return { r: n < 3 ? NaN : r, p: NaN, n };
  const t = Math.abs(r) >= 1 ? Infinity : r * Math.sqrt((n - 2) / (1 - r * r));
  return { r, p: studentTTwoSided(t, n - 2), n };
}
