import { newColumn } from '@smartcities/data/stats';
import { fail } from '../errors.ts';
import type { AggregateInput } from './types.ts';

/**
 * Makes sure a mean that needs positive inputs gets them: with `nonPositive: "error"` (default) a
 * zero or negative child value is a precise error; with "shift" every column is shifted by
 * 1 - min so the smallest value is 1, and the returned shift is subtracted from the result.
 */
export function ensurePositive(
  input: AggregateInput,
  method: string,
): { input: AggregateInput; shift: number } {
  let min = Infinity;
  let at = -1;
  for (let c = 0; c < input.columns.length; c++) {
    const column = input.columns[c]!;
    for (let u = 0; u < column.length; u++) {
      if (column[u]! < min) {
        min = column[u]!;
        at = c;
      }
    }
  }
  const where = `child ${at + 1}`;
  if (!(min <= 0)) return { input, shift: 0 };
  if (input.params.nonPositive !== 'shift') {
    fail(
      'non-positive',
      `aggregation.${input.node}`,
      `the ${method} mean needs positive values, but "${input.node}" has ${min} (${where}); use a positive normalisation or aggregation.nonPositive "shift"`,
    );
  }
  const shift = 1 - min;
  const columns = input.columns.map((col) => {
    const out = newColumn(col.length);
    for (let u = 0; u < col.length; u++) out[u] = col[u]! + shift;
    return out;
  });
  return { input: { ...input, columns }, shift };
}
