import { describe, expect, it } from 'vitest';
import { median, quantile } from './quantile.ts';

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
