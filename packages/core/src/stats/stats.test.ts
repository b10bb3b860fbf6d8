import { describe, expect, it } from 'vitest';
import { averageRank } from './average-rank.ts';
import { kendall } from './kendall.ts';
import { observed, populationSd } from './observed.ts';
import { pearson } from './pearson.ts';
import { median, quantile } from './quantile.ts';
import { spearman } from './spearman.ts';

describe('observed()', () => {
  it('skips missing values and uses the sample SD', () => {
    expect(observed([2, NaN, 4, 6])).toEqual({ count: 3, min: 2, max: 6, mean: 4, sd: 2 });
    expect(populationSd([2, NaN, 4, 6])).toBeCloseTo(Math.sqrt(8 / 3), 12);
  });

  it('returns NaN statistics for empty input', () => {
    expect(observed([])).toEqual({ count: 0, min: NaN, max: NaN, mean: NaN, sd: NaN });
  });
});

describe('quantile() (R type 7)', () => {
  it.each([
    [[1, 2, 3, 4], 0.5, 2.5],
    [[1, 2, 3, 4], 0.05, 1.15],
    [[1, 2, 3, 4], 0.95, 3.85],
    [[7], 0.3, 7],
    [[4, NaN, 1, 3, 2], 0.25, 1.75],
  ])('quantile(%j, %d) = %d', (values, p, expected) => {
    expect(quantile(values, p)).toBeCloseTo(expected, 12);
  });

  it('gives NaN for no observed values', () => {
    expect(median([NaN])).toBeNaN();
  });
});

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
