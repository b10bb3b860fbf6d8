import { averageRank } from './average-rank.ts';
import { pearson } from './pearson.ts';

/**
 * Spearman's rank correlation: Pearson on average ranks (ties share their mean rank), over the
 * pairs where both values are observed.
 * @example spearman([1, 2, 3], [3, 2, 1]) // -1
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const keep: number[] = [];
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!) && !Number.isNaN(y[i]!)) keep.push(i);
  const xs = keep.map((i) => x[i]!);
  const ys = keep.map((i) => y[i]!);
  return pearson(averageRank(xs), averageRank(ys));
}
