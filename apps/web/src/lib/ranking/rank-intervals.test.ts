import { describe, expect, it } from 'vitest';
import { rankIntervals } from './rank-intervals';

describe('rankIntervals()', () => {
  it('keys the 5th and 95th percentile ranks by city', () => {
    expect(
      rankIntervals({
        rows: [
          { city: 'london', q05: 1, q95: 1 },
          { city: 'paris', q05: 4, q95: 7 },
        ],
      }),
    ).toEqual({
      london: { low: 1, high: 1 },
      paris: { low: 4, high: 7 },
    });
  });
});
