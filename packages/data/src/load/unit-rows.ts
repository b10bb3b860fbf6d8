import type { Cell, Unit } from '../schema/index.ts';
import { metaValue, readRequired } from './cell-readers.ts';
import type { IndicatorColumn } from './indicator-columns.ts';
import { nullRecord } from './null-record.ts';
import { numberCell } from './number-cell.ts';
import { problem, type Problem } from './problem.ts';
import { placeOf, type Table, type TableRow } from './table.ts';

/** Which columns of a units table hold what. */
export interface UnitColumns {
  id: string;
  name?: string;
  /** Grouping columns; the first non-empty one becomes the unit's group. */
  groups?: readonly string[];
  /** Other columns kept in the unit's meta (numbers when they read as numbers). */
  meta?: readonly string[];
  indicators: readonly IndicatorColumn[];
}

/** Values of one unit row; empty and NA cells are missing (null), anything else must be a number. */
function readValues(
  table: Table,
  row: TableRow,
  indicators: readonly IndicatorColumn[],
): { values: Record<string, Cell>; problems: Problem[] } {
  const problems: Problem[] = [];
  const entries = indicators.map(({ column, indicator }): [string, Cell] => {
    const text = row.cells[column] ?? '';
    const value = numberCell(text, table.decimalComma);
    if (value === undefined)
      problems.push(problem('not-a-number', `"${text}" is not a number`, placeOf(table, column, row)));
    return [indicator, value ?? null];
  });
  return { values: nullRecord(entries), problems };
}

function readUnit(table: Table, row: TableRow, columns: UnitColumns, id: string): Unit {
  const groups = (columns.groups ?? []).map((column) => row.cells[column] ?? '');
  const metaEntries = (columns.meta ?? []).flatMap((column) => {
    const value = metaValue(table, row.cells[column] ?? '');
    return value === undefined ? [] : [[column, value] as const];
  });
  const group = groups.find((text) => text !== '');
  return {
    id,
    name: (columns.name ? row.cells[columns.name] : '') || id,
    ...(group ? { group } : {}),
    ...(metaEntries.length > 0 ? { meta: Object.fromEntries(metaEntries) } : {}),
  };
}

/**
 * Reads unit rows: ids must be present and unique, names default to the id, and every indicator
 * cell must be a number or missing. Returns the units, their values and every problem.
 */
export function readUnitRows(table: Table, rows: readonly TableRow[], columns: UnitColumns) {
  const units: Unit[] = [];
  const values = nullRecord<Record<string, Cell>>();
  const problems: Problem[] = [];
  const firstRow = new Map<string, number>();
  for (const row of rows) {
    const id = readRequired(table, row, columns.id);
    const read = readValues(table, row, columns.indicators);
    problems.push(...id.problems, ...read.problems);
    if (id.value === undefined) continue;
    const earlier = firstRow.get(id.value);
    if (earlier !== undefined) {
      problems.push(
        problem(
          'duplicate-id',
          `unit id "${id.value}" is already used (row ${earlier})`,
          placeOf(table, columns.id, row),
        ),
      );
      continue;
    }
    firstRow.set(id.value, row.row);
    units.push(readUnit(table, row, columns, id.value));
    values[id.value] = read.values;
  }
  return { units, values, problems };
}
