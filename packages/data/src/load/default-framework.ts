import type { FrameworkNode } from '../schema/index.ts';
import type { IndicatorColumn } from './indicator-columns.ts';
import type { PlacedNode } from './placed-node.ts';
import { problem, type Problem } from './problem.ts';
import { placeOf, type Table } from './table.ts';

/** The id of the root of a framework built from column headers. */
export const defaultIndexId = 'index';

const node = (id: string, type: FrameworkNode['type'], parent: string | null): FrameworkNode => ({
  id,
  name: id,
  type,
  parent,
  weight: 1,
  direction: 1,
});

function columnNodes(table: Table, column: string, seen: Map<string, string | null>): PlacedNode[] {
  const parts = column.split('/').map((part) => part.trim());
  const at = () => placeOf(table, column);
  return parts.flatMap((id, depth) => {
    const parent = depth === 0 ? defaultIndexId : (parts[depth - 1] ?? defaultIndexId);
    const type = depth === parts.length - 1 ? 'indicator' : 'aggregate';
    if (type === 'aggregate' && seen.has(id) && seen.get(id) === parent) return [];
    seen.set(id, parent);
    return [{ node: node(id, type, parent), at }];
  });
}

/**
 * Builds a framework from a units table's indicator columns when no framework file is given: a root
 * `index`, and for each column `a/b/c` aggregates `a` and `b` above indicator `c` (a plain column
 * sits right under the index); every weight and direction is 1. Values are keyed by the last part.
 */
export function defaultFramework(table: Table, columns: readonly string[]) {
  const seen = new Map<string, string | null>();
  const root: PlacedNode = {
    node: { ...node(defaultIndexId, 'aggregate', null), name: 'Index' },
    at: () => placeOf(table, null),
  };
  const problems: Problem[] = columns
    .filter((column) => column.split('/').some((part) => part.trim() === ''))
    .map((column) =>
      problem(
        'missing-value',
        `column "${column}" has an empty part between slashes`,
        placeOf(table, column),
      ),
    );
  const nodes = [root, ...columns.flatMap((column) => columnNodes(table, column, seen))];
  const indicatorColumns: IndicatorColumn[] = columns.map((column) => ({
    column,
    indicator: column.split('/').at(-1)?.trim() ?? column,
  }));
  const message = `no framework given: built one from the ${columns.length} indicator columns, all weights and directions 1`;
  const warning = problem('default-framework', message, {
    file: table.file,
    ...(table.sheet ? { sheet: table.sheet } : {}),
    row: null,
    column: null,
  });
  return { nodes, columns: indicatorColumns, problems, warning };
}
