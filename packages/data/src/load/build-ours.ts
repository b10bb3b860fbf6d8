import { declaredIn } from './declared.ts';
import { defaultFramework } from './default-framework.ts';
import { missingColumnProblems } from './header-problems.ts';
import { indicatorColumns, type IndicatorColumn } from './indicator-columns.ts';
import { assemble, type EditionOptions } from './assemble.ts';
import type { LoadResult } from './load-result.ts';
import { parseFramework } from './parse-framework.ts';
import type { PlacedNode } from './placed-node.ts';
import { problem, type Problem } from './problem.ts';
import { tablePlace, type Table } from './table.ts';
import { readUnitRows } from './unit-rows.ts';
import { validateHierarchy } from './validate-hierarchy.ts';

const reserved = new Set(['id', 'name', 'group']);

interface FrameworkRead {
  nodes: PlacedNode[];
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

function withFramework(units: Table, framework: Table, dataColumns: readonly string[]): FrameworkRead {
  const parsed = parseFramework(framework);
  const empty = emptyTableProblems(framework, 'framework');
  if (parsed.nodes.length === 0) {
    return {
      nodes: [],
      columns: dataColumns.map((column) => ({ column, indicator: column })),
      problems: [...parsed.problems, ...empty],
      warnings: [],
    };
  }
  const declared = declaredIn(framework, { id: 'id', parent: 'parent', type: 'type' });
  const matched = indicatorColumns(
    units,
    dataColumns,
    parsed.nodes.map((placed) => placed.node),
    declared.ids,
  );
  const hierarchy = validateHierarchy(parsed.nodes, noRootProblem(framework), declared);
  return {
    nodes: parsed.nodes,
    columns: matched.columns,
    problems: [...parsed.problems, ...hierarchy, ...matched.problems],
    warnings: [],
  };
}

function withoutFramework(units: Table, dataColumns: readonly string[]): FrameworkRead {
  const built = defaultFramework(units, dataColumns);
  const hierarchy = validateHierarchy(built.nodes, noRootProblem(units));
  return {
    nodes: built.nodes,
    columns: built.columns,
    problems: [...built.problems, ...hierarchy],
    warnings: [built.warning],
  };
}

/**
 * Builds a dataset from our layout: a units table (`id`, `name`, optional `group`, one column per
 * indicator) and a framework table, or, without one, a framework built from the column headers.
 */
export function buildOurs(
  units: Table,
  framework: Table | undefined,
  readProblems: Problem[],
  edition?: EditionOptions,
): LoadResult {
  const dataColumns = units.headers.filter((header) => !reserved.has(header));
  const read = framework
    ? withFramework(units, framework, dataColumns)
    : withoutFramework(units, dataColumns);
  const missing = missingColumnProblems(units, ['id', 'name']);
  const readable = units.headers.includes('id') ? units.rows : [];
  const rows = readUnitRows(units, readable, {
    id: 'id',
    name: 'name',
    groups: ['group'],
    indicators: read.columns,
  });
  const problems = [
    ...readProblems,
    ...missing,
    ...emptyTableProblems(units, 'units'),
    ...read.problems,
    ...rows.problems,
  ];
  const nodes = read.nodes.map((placed) => placed.node);
  return assemble({
    file: units.file,
    units: rows.units,
    framework: nodes,
    values: rows.values,
    problems,
    warnings: read.warnings,
    edition,
  });
}
