import type { FrameworkNode } from '../schema/index.ts';
import { problem, type Problem } from './problem.ts';
import { placeOf, type Table } from './table.ts';

/** A data column and the indicator whose values it holds. */
export interface IndicatorColumn {
  column: string;
  indicator: string;
}

/**
 * Matches a table's data columns to the framework's indicators: a column that is not an indicator
 * (unknown, or an aggregate) and an indicator without a column are both problems. A column whose
 * framework row is `declared` but failed to parse is read without a further problem.
 */
export function indicatorColumns(
  table: Table,
  columns: readonly string[],
  nodes: readonly FrameworkNode[],
  declared: ReadonlySet<string> = new Set(),
): { columns: IndicatorColumn[]; problems: Problem[] } {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const readable = (column: string): boolean =>
    byId.get(column)?.type === 'indicator' || (!byId.has(column) && declared.has(column));
  const problems = columns.flatMap((column) => {
    const node = byId.get(column);
    if (readable(column)) return [];
    const message = node
      ? `column "${column}" is an aggregate of the framework; only indicators take values`
      : `column "${column}" is not an indicator of the framework`;
    return [problem('unknown-indicator', message, placeOf(table, column))];
  });
  const missing = nodes
    .filter((node) => node.type === 'indicator' && !columns.includes(node.id))
    .map((node) =>
      problem(
        'missing-column',
        `indicator "${node.id}" of the framework has no column`,
        placeOf(table, node.id),
      ),
    );
  const matched = columns.filter(readable).map((column) => ({ column, indicator: column }));
  return { columns: matched, problems: [...problems, ...missing] };
}
