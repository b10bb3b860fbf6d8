import { describe, expect, it } from 'vitest';
import { numberCell } from './number-cell.ts';

describe('numberCell', () => {
  it.each([
    ['12', 12],
    [' 2.5 ', 2.5],
    ['-0.75', -0.75],
    ['+3', 3],
    ['.5', 0.5],
    ['1e3', 1000],
    ['0.1', 0.1],
  ])('reads "%s" as %d', (text, value) => {
    expect(numberCell(text)).toBe(value);
  });

  it.each(['', '  ', 'NA', 'na', 'N/A', '#N/A'])('reads "%s" as missing (null)', (text) => {
    expect(numberCell(text)).toBeNull();
  });

  it.each(['abc', '1,5', '12%', '0x10', 'Infinity', '1.2.3', '1 000'])(
    'rejects "%s" as not a number',
    (text) => {
      expect(numberCell(text)).toBeUndefined();
    },
  );

  it('reads a decimal comma only when asked', () => {
    expect(numberCell('1,5', true)).toBe(1.5);
    expect(numberCell('-12,25', true)).toBe(-12.25);
    expect(numberCell('1,000,5', true)).toBeUndefined();
  });
});
