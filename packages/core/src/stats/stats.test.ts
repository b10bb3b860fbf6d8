import { describe, expect, it } from 'vitest';
import { averageRank } from './average-rank.ts';
import { kendall } from './kendall.ts';
import { pearson } from './pearson.ts';
import { spearman } from './spearman.ts';

describe('rank correlations', () => {
  it('averages tied ranks', () => {
    expect(Array.from(averageRank([10, 20, 20, 30]))).toEqual([1, 2.5, 2.5, 4]);
  });

  it('computes Pearson, Spearman and Kendall tau-b on hand-checked data', () => {
    const x = [1, 2, 3, 4, 5];
    const y = [2, 1, 4, 3, 5];
    expect(pearson(x, y)).toBeCloseTo(0.8, 12);
    expect(spearman(x, y)).toBeCloseTo(0.8, 12);
    expect(kendall(x, y)).toBeCloseTo(0.6, 12); // 8 concordant, 2 discordant of 10 pairs
  });

  it('corrects Kendall for ties (tau-b) and skips missing pairs', () => {
    // pairs: (1,1)-(2,1) tie in y; (1,1)-(3,2) c; (2,1)-(3,2) c → 2/√(3·2)
    expect(kendall([1, 2, 3, NaN], [1, 1, 2, 9])).toBeCloseTo(2 / Math.sqrt(6), 12);
  });

  it('gives NaN for a constant side', () => {
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNaN();
  });
});
