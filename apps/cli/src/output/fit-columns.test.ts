import { describe, expect, it } from 'vitest';
import { fitColumns } from './fit-columns.ts';

describe('fitColumns()', () => {
  it.each([
    { natural: [14, 9], minimum: [10, 9], width: 30, widths: [14, 9] },
    { natural: [14, 9], minimum: [10, 9], width: 22, widths: [11, 9] },
    { natural: [14, 14, 9], minimum: [10, 9, 9], width: 34, widths: [10, 11, 9] },
    { natural: [14, 14, 9], minimum: [10, 9, 9], width: 31, widths: [14, 14] },
    { natural: [14, 9, 9], minimum: [10, 9, 9], width: 28, widths: [14, 9] },
    { natural: [14, 9, 9], minimum: [10, 9, 9], width: 5, widths: [10] },
    { natural: [], minimum: [], width: 10, widths: [] },
  ])('fits $natural (minimum $minimum) into $width: $widths', ({ natural, minimum, width, widths }) => {
    expect(fitColumns(natural, minimum, width)).toEqual(widths);
  });
});
