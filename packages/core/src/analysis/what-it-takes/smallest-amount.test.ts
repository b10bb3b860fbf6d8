import { describe, expect, it } from 'vitest';
import { smallestAmount } from './smallest-amount.ts';

describe('smallestAmount()', () => {
  it.each([
    { threshold: 3.456, max: 10, expected: 3.46 },
    { threshold: 3.45, max: 10, expected: 3.45 },
    { threshold: 0.004, max: 10, expected: 0.01 },
    { threshold: 13.295, max: 13.3, expected: 13.3 },
  ])('finds the least multiple of 0.01 at or above $threshold (max $max)', ({ threshold, max, expected }) => {
    expect(smallestAmount((x) => x >= threshold, max, 0.01)).toBe(expected);
  });

  it('gives null when even the maximum does not reach, or there is no room', () => {
    expect(smallestAmount((x) => x >= 11, 10, 0.01)).toBeNull();
    expect(smallestAmount(() => true, 0, 0.01)).toBeNull();
  });
});
