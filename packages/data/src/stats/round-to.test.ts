import { describe, expect, it } from 'vitest';
import { roundTo } from './round-to.ts';

describe('roundTo', () => {
  it.each([
    [96.798, 1, 96.8],
    [81.375, 1, 81.4],
    [1.005, 2, 1.01],
    [-2.25, 1, -2.3],
    [72.23187, 1, 72.2],
  ])('rounds %d to %d decimals as %d (halves away from zero)', (value, decimals, rounded) => {
    expect(roundTo(value, decimals)).toBe(rounded);
  });
});
