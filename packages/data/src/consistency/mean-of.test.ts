import { describe, expect, it } from 'vitest';
import { meanOf } from './mean-of.ts';

describe('meanOf()', () => {
  it.each([
    [[1, null, 3], 2],
    [[89.1, 98, 46.1, 53.8], 71.75],
    [[undefined, 4], 4],
  ])('averages the present values of %j as %d', (values, mean) => {
    expect(meanOf(values)).toBeCloseTo(mean, 12);
  });

  it('is NaN when no value is present', () => {
    expect(meanOf([])).toBeNaN();
    expect(meanOf([null, Number.NaN])).toBeNaN();
  });
});
