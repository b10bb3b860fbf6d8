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
 * (unknown, or an aggregate) and an indicator without a column are both problems.
 */
export function indicatorColumns(table: Table, columns: readonly string[], nodes: readonly FrameworkNode[]): { columns: IndicatorColumn[]; problems: Problem[] } {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const problems = columns.flatMap((column) => {
    const node = byId.get(column);
    if (node?.type === 'indicator') return [];
    const message = node ? `column "${column}" is an aggregate of the framework; only indicators take values` : `column "${column}" is not an indicator of the framework`;
    return [problem('unknown-indicator', message, placeOf(table, column))];
  });
  const missing = nodes
    .filter((node) => node.type === 'indicator' && !columns.includes(node.id))
    .map((node) => problem('missing-column', `indicator "${node.id}" of the framework has no column`, placeOf(table, node.id)));
  const matched = columns.filter((column) => byId.get(column)?.type === 'indicator').map((column) => ({ column, indicator: column }));
  return { columns: matched, problems: [...problems, ...missing] };
}
