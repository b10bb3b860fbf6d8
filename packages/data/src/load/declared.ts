import type { Table } from './table.ts';
import type { Declared } from './validate-hierarchy.ts';

const isEmptyParent = (text: string): boolean => text === '' || text.toUpperCase() === 'NA';

/** The ids, parents and root rows a framework table declares in its raw cells (`columns` names its id, parent and type headers). */
export function declaredIn(table: Table, columns: { id: string; parent: string; type: string }): Declared {
  const cell = (cells: Record<string, string>, column: string): string => cells[column] ?? '';
  return {
    ids: new Set(table.rows.map((row) => cell(row.cells, columns.id)).filter((id) => id !== '')),
    parents: new Set(
      table.rows.map((row) => cell(row.cells, columns.parent)).filter((parent) => !isEmptyParent(parent)),
    ),
    hasRoot: table.rows.some(
      (row) =>
        isEmptyParent(cell(row.cells, columns.parent)) &&
        cell(row.cells, columns.type).toLowerCase() === 'aggregate',
    ),
  };
}
