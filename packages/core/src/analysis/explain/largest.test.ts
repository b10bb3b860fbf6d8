import { describe, expect, it } from 'vitest';
import { largestParts } from './largest.ts';

describe('largestParts()', () => {
  it.each([
    [
      { weights: 1, aggregation: -3, data: 0 },
      2,
      [
        ['aggregation', -3],
        ['weights', 1],
      ],
    ],
    [
      { a: 2, b: -2, c: 1 },
      2,
      [
        ['a', 2],
        ['b', -2],
      ],
    ],
    [{ a: 0, b: NaN }, 3, []],
    [{}, 1, []],
  ])('picks the largest of %o (count %i) by absolute size, ties in order, no zeros', (parts, n, expected) => {
    expect(largestParts(parts, n)).toEqual(expected);
  });
});
