import { assemble, type EditionOptions } from './assemble.ts';
import type { ColumnReport } from './column-role.ts';
import { declaredIn } from './declared.ts';
import { defaultFramework } from './default-framework.ts';
import { missingColumnProblems } from './header-problems.ts';
import { missingIndicatorProblems, sortedColumns, type IndicatorColumn } from './indicator-columns.ts';
import type { LoadResult } from './load-result.ts';
import { parseFramework } from './parse-framework.ts';
import type { PlacedNode } from './placed-node.ts';
import { problem, type Problem } from './problem.ts';
import { tablePlace, type Table } from './table.ts';
import { unitColumnRoles } from './unit-columns.ts';
import { readUnitRows } from './unit-rows.ts';
import { validateHierarchy } from './validate-hierarchy.ts';

interface FrameworkRead {
  nodes: PlacedNode[];
  reports: ColumnReport[];
  columns: IndicatorColumn[];
  problems: Problem[];
  warnings: Problem[];
}

/** Flags a table without data rows. */
export function emptyTableProblems(table: Table, what: string): Problem[] {
  return table.rows.length > 0
    ? []
    : [problem('empty-table', `the ${what} table has no rows`, tablePlace(table))];
}

/** A problem for a framework without a root aggregate. */
export const noRootProblem = (table: Table): Problem =>
  problem(
    'no-root',
    'no aggregate is without a parent: the framework needs exactly one root (the index)',
    tablePlace(table),
  );

function withFramework(units: Table, framework: Table, exported: ReadonlySet<string>): FrameworkRead {
  const parsed = parseFramework(framework);
  const empty = emptyTableProblems(framework, 'framework');
  const declared = declaredIn(framework, { id: 'id', parent: 'parent', type: 'type' });
  const nodes = parsed.nodes.map((placed) => placed.node);
  const broken = new Set([...declared.ids].filter((id) => !parsed.columns.has(id)));
  const roles = unitColumnRoles(units, { nodes, broken, declared: parsed.columns }, exported);
  const indicators = sortedColumns(roles.reports).indicators;
  const hierarchy =
    parsed.nodes.length > 0 ? validateHierarchy(parsed.nodes, noRootProblem(framework), declared) : [];
  return {
    nodes: parsed.nodes,
    reports: roles.reports,
    columns: indicators.map((column) => ({ column, indicator: column })),
    problems: [...parsed.problems, ...empty, ...hierarchy, ...missingIndicatorProblems(units, nodes)],
    warnings: [],
  };
}

function withoutFramework(units: Table, exported: ReadonlySet<string>): FrameworkRead {
  const roles = unitColumnRoles(units, undefined, exported);
  const built = defaultFramework(units, sortedColumns(roles.reports).indicators);
  const hierarchy = validateHierarchy(built.nodes, noRootProblem(units));
  const indicatorOf = new Map(built.columns.map((c) => [c.column, c.indicator]));
  const reports = roles.reports.map((report) => {
    const indicator = indicatorOf.get(report.column);
    return indicator === undefined ? report : { ...report, indicator };
  });
  return {
    nodes: built.nodes,
    reports,
    columns: built.columns,
    problems: [...built.problems, ...hierarchy, ...roles.problems],
    warnings: [built.warning],
  };
}

/**
 * Builds a dataset from our layout: a units table (`id`, `name`, indicator columns and any columns
 * that are not indicators, each given a role by `unitColumnRoles`) and a framework table, or,
 * without one, a framework built from the indicator columns' headers. `exported` names computed
 * columns of our own export, left out. The `group` column, else the first group column, becomes
 * the unit's group; other groups, coordinates, codes and other data are kept in the unit's meta.
 */
export function buildOurs(
  units: Table,
  framework: Table | undefined,
  readProblems: Problem[],
  edition?: EditionOptions,
  exported: ReadonlySet<string> = new Set(),
): LoadResult {
  const read = framework ? withFramework(units, framework, exported) : withoutFramework(units, exported);
  const sorted = sortedColumns(read.reports);
  // a column named `group` is the unit's group before any other group column
  const groups = [...sorted.groups].sort((a, b) => Number(b === 'group') - Number(a === 'group'));
  const withReports = read.reports.map((report) => {
    const indicator = read.columns.find((c) => c.column === report.column)?.indicator;
    return indicator === undefined || report.indicator ? report : { ...report, indicator };
  });
  const missing = missingColumnProblems(
    { ...units, headers: [...(sorted.id ? ['id'] : []), ...(sorted.name ? ['name'] : [])] },
    ['id', 'name'],
  );
  const rows = readUnitRows(units, sorted.id ? units.rows : [], {
    id: sorted.id ?? 'id',
    ...(sorted.name ? { name: sorted.name } : {}),
    groups: groups.slice(0, 1),
    meta: [...groups.slice(1), ...sorted.meta],
    indicators: read.columns,
  });
  const problems = [
    ...readProblems,
    ...missing,
    ...emptyTableProblems(units, 'units'),
    ...read.problems.filter((p) => p.code !== 'ambiguous-column'),
    ...rows.problems,
    ...read.problems.filter((p) => p.code === 'ambiguous-column'),
  ];
  return assemble({
    file: units.file,
    units: rows.units,
    framework: read.nodes.map((placed) => placed.node),
    values: rows.values,
    problems,
    warnings: read.warnings,
    columns: withReports,
    edition,
  });
}
