import { incompleteBeta } from './incomplete-beta.ts';

/**
 * Two-sided p-value of Student's t statistic with `df` degrees of freedom:
 * P(|T| ≥ |t|) = I_{df/(df+t²)}(df/2, 1/2). NaN when t is NaN or df ≤ 0; an infinite t gives 0.
 * @example studentTTwoSided(2.0, 10) // 0.0734…
 */
export function studentTTwoSided(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (!Number.isFinite(t)) return 0;
  return incompleteBeta(df / (df + t * t), df / 2, 0.5);
}
