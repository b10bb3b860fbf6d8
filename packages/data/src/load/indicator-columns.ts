import type { FrameworkNode } from '../schema/index.ts';
import type { ColumnReport } from './column-role.ts';
import { problem, type Problem } from './problem.ts';
import { placeOf, type Table } from './table.ts';

/** A data column and the indicator whose values it holds. */
export interface IndicatorColumn {
  column: string;
  indicator: string;
}

/** Flags every indicator of the framework that has no column in the table. */
export function missingIndicatorProblems(table: Table, nodes: readonly FrameworkNode[]): Problem[] {
  return nodes
    .filter((node) => node.type === 'indicator' && !table.headers.includes(node.id))
    .map((node) =>
      problem(
        'missing-column',
        `indicator "${node.id}" of the framework has no column`,
        placeOf(table, node.id),
      ),
    );
}

/** The columns a role report sorts out: id, name, groups (in order), kept meta and indicators. */
export function sortedColumns(reports: readonly ColumnReport[]) {
  const having = (...roles: ColumnReport['role'][]) =>
    reports.filter((report) => roles.includes(report.role)).map((report) => report.column);
  return {
    id: having('id')[0],
    name: having('name')[0],
    groups: having('group'),
    meta: having('coordinate', 'code', 'meta'),
    indicators: having('indicator'),
  };
}
