import { describe, expect, it } from 'vitest';
import { observed, populationSd } from './observed.ts';

describe('observed()', () => {
  it('skips missing values and uses the sample SD', () => {
    expect(observed([2, NaN, 4, 6])).toEqual({ count: 3, min: 2, max: 6, mean: 4, sd: 2 });
    expect(populationSd([2, NaN, 4, 6])).toBeCloseTo(Math.sqrt(8 / 3), 12);
  });

  it('returns NaN statistics for empty input', () => {
    expect(observed([])).toEqual({ count: 0, min: NaN, max: NaN, mean: NaN, sd: NaN });
  });
});

describe('populationSd()', () => {
  it('divides by n, skips missing values, and is NaN for an empty input', () => {
    expect(populationSd([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
    expect(populationSd([3])).toBe(0);
    expect(populationSd([1, Number.NaN, 3])).toBe(1);
    expect(populationSd([])).toBeNaN();
  });
});
