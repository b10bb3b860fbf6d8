import type { Direction } from '../schema/index.ts';
import { numberCell } from './number-cell.ts';
import { problem, type Problem } from './problem.ts';
import { placeOf, type Table, type TableRow } from './table.ts';

/** A value read from a cell, or the problems that stopped it being read. */
export type Read<T> = { value: T; problems: [] } | { value?: undefined; problems: Problem[] };

const ok = <T>(value: T): Read<T> => ({ value, problems: [] });
const fail = <T>(
  table: Table,
  row: TableRow,
  column: string,
  code: Problem['code'],
  message: string,
): Read<T> => ({
  problems: [problem(code, message, placeOf(table, column, row))],
});

/** A required text cell (an id): empty is a `missing-value` problem. */
export function readRequired(table: Table, row: TableRow, column: string): Read<string> {
  const text = row.cells[column] ?? '';
  return text === '' ? fail(table, row, column, 'missing-value', `"${column}" is empty`) : ok(text);
}

/** A relative weight: a positive number; empty gives `fallback` when there is one, else a problem. */
export function readWeight(table: Table, row: TableRow, column: string, fallback?: number): Read<number> {
  const text = row.cells[column] ?? '';
  const value = numberCell(text, table.decimalComma);
  if (value === null)
    return fallback === undefined
      ? fail(table, row, column, 'missing-value', 'the weight is empty')
      : ok(fallback);
  if (value === undefined)
    return fail(table, row, column, 'not-a-number', `weight "${text}" is not a number`);
  return value > 0
    ? ok(value)
    : fail(
        table,
        row,
        column,
        'non-positive-weight',
        `weight ${value} must be positive (weights are relative)`,
      );
}

/** A direction: 1 (more is better) or -1 (less is better); empty gives `fallback` when there is one. */
export function readDirection(
  table: Table,
  row: TableRow,
  column: string,
  fallback?: Direction,
): Read<Direction> {
  const text = row.cells[column] ?? '';
  const value = numberCell(text, table.decimalComma);
  if (value === null && fallback !== undefined) return ok(fallback);
  if (value === 1 || value === -1) return ok(value);
  return fail(table, row, column, 'bad-direction', `direction "${text}" must be 1 or -1`);
}

/** A cell kept as metadata: a number when it reads as one, else its text; empty cells are left out. */
export function metaValue(table: Table, text: string): string | number | undefined {
  if (text === '') return undefined;
  const value = numberCell(text, table.decimalComma);
  return typeof value === 'number' ? value : text;
}
