import { describe, expect, it } from 'vitest';
import { formatFixed, roundHalfUp } from './round-half-up.ts';

describe('roundHalfUp()', () => {
  it.each([
    [91.95, 1, 92],
    [(95.9 + 91.3 + 100 + 98.1) / 4, 1, 96.3],
    [87.95, 1, 88],
    [1.005, 2, 1.01],
    [0.05, 1, 0.1],
    [-0.05, 1, -0.1],
    [-1.25, 1, -1.3],
    [72.84999, 1, 72.8],
    [100, 1, 100],
    [4.5, 0, 5],
    [0, 1, 0],
  ])('roundHalfUp(%d, %d) is %d', (value, digits, expected) => {
    expect(roundHalfUp(value, digits)).toBe(expected);
  });

  it('rounds the decimal value where Math.round slips on the binary one', () => {
    const beijingService = [100.0, 73.7, 94.1, 100.0].reduce((a, b) => a + b) / 4;
    expect(beijingService).toBeLessThan(91.95);
    expect(Math.round(beijingService * 10) / 10).toBe(91.9);
    expect(roundHalfUp(beijingService)).toBe(92);
  });

  it.each([NaN, Infinity, -Infinity])('leaves %d unchanged', (value) => {
    expect(roundHalfUp(value)).toBe(value);
  });
});

describe('formatFixed()', () => {
  it.each([
    [91.95, 1, '92.0'],
    [92, 1, '92.0'],
    [0.125, 2, '0.13'],
    [-0.04, 1, '0.0'],
    [null, 1, '–'],
    [undefined, 1, '–'],
    [NaN, 1, '–'],
  ])('formatFixed(%s, %d) is %s', (value, digits, expected) => {
    expect(formatFixed(value, digits)).toBe(expected);
  });
});
