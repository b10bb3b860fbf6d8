import { nullRecord } from './null-record.ts';
import { problem, type Problem } from './problem.ts';
import type { Table, TableRow } from './table.ts';

const pointer = (...parts: (string | number)[]): string =>
  parts.map((part) => `/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/** A JSON cell as text: null → empty, numbers and booleans as written, objects as JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function toRow(key: string, item: Record<string, unknown>, index: number): TableRow {
  const entries = Object.entries(item);
  return {
    row: index + 1,
    cells: nullRecord(entries.map(([column, value]) => [column, cellText(value)])),
    fields: nullRecord(entries.map(([column]) => [column, pointer(...(key ? [key] : []), index, column)])),
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A table from a JSON array of row objects (`key` is the array's member name): headers in order of
 * first appearance, rows numbered by position from 1, each cell's JSON pointer kept for problems.
 */
export function jsonTable(file: string, key: string, items: unknown): { table: Table; problems: Problem[] } {
  const table: Table = { file, headers: [], rows: [], headerRow: null, decimalComma: false };
  if (!Array.isArray(items)) {
    return {
      table,
      problems: [
        problem('parse-error', `"${key}" must be an array of row objects`, {
          file,
          row: null,
          column: null,
          field: pointer(key),
        }),
      ],
    };
  }
  const problems: Problem[] = [];
  items.forEach((item, index) => {
    if (!isRecord(item)) {
      problems.push(
        problem('parse-error', `element ${index + 1} of "${key}" is not an object`, {
          file,
          row: index + 1,
          column: null,
          field: pointer(key, index),
        }),
      );
      return;
    }
    const row = toRow(key, item, index);
    for (const column of Object.keys(row.cells))
      if (!table.headers.includes(column)) table.headers.push(column);
    table.rows.push(row);
  });
  return { table, problems };
}

/** Merges a `values` map (`{unit: {indicator: value}}`) into the units table, flagging unknown units and double-given cells. */
export function mergeValues(table: Table, values: unknown): Problem[] {
  const file = table.file;
  if (!isRecord(values))
    return [
      problem('parse-error', '"values" must map unit ids to {indicator: value} objects', {
        file,
        row: null,
        column: null,
        field: '/values',
      }),
    ];
  return Object.entries(values).flatMap(([unit, cells]) => {
    const row = table.rows.find((candidate) => candidate.cells.id === unit);
    const field = pointer('values', unit);
    if (row === undefined)
      return [
        problem('unknown-unit', `values are given for "${unit}", which is not among the units`, {
          file,
          row: null,
          column: null,
          field,
        }),
      ];
    if (!isRecord(cells))
      return [
        problem('parse-error', `values of "${unit}" must be an object`, {
          file,
          row: row.row,
          column: null,
          field,
        }),
      ];
    return Object.entries(cells).flatMap(([column, value]) => {
      const place = { file, row: row.row, column, field: pointer('values', unit, column) };
      if ((row.cells[column] ?? '') !== '')
        return [
          problem('duplicate-column', `"${column}" of "${unit}" is given both in units and in values`, place),
        ];
      if (!table.headers.includes(column)) table.headers.push(column);
      row.cells[column] = cellText(value);
      row.fields = nullRecord([...Object.entries(row.fields ?? {}), [column, place.field]]);
      return [];
    });
  });
}
