import { assemble, type EditionOptions } from './assemble.ts';
import { emptyTableProblems, noRootProblem } from './build-ours.ts';
import { declaredIn } from './declared.ts';
import { missingColumnProblems } from './header-problems.ts';
import type { FrameworkNode } from '../schema/index.ts';
import type { ColumnReport, ColumnRole } from './column-role.ts';
import { missingIndicatorProblems, sortedColumns } from './indicator-columns.ts';
import { unitColumnRoles } from './unit-columns.ts';
import type { LoadResult } from './load-result.ts';
import { numberCell } from './number-cell.ts';
import { parseIMeta, type DataColumnKinds } from './parse-imeta.ts';
import type { PlacedNode } from './placed-node.ts';
import { problem, type Problem } from './problem.ts';
import { selectTime } from './select-time.ts';
import { placeOf, type Table, type TableRow } from './table.ts';
import { readUnitRows } from './unit-rows.ts';
import { validateHierarchy } from './validate-hierarchy.ts';

/** Options of a COINr load: which time point to take, and how to name the edition. */
export interface CoinrOptions {
  time?: string;
  edition?: EditionOptions;
}

function levelProblems(nodes: readonly PlacedNode[]): Problem[] {
  const byId = new Map(nodes.map((placed) => [placed.node.id, placed]));
  return nodes.flatMap((placed) => {
    const parent = placed.node.parent === null ? undefined : byId.get(placed.node.parent);
    if (placed.node.type === 'indicator' && placed.level !== 1)
      return [problem('bad-level', `indicator "${placed.node.id}" must be at level 1`, placed.at('level'))];
    if (parent === undefined || parent.level === (placed.level ?? 0) + 1) return [];
    return [
      problem(
        'bad-level',
        `"${placed.node.id}" is at level ${placed.level ?? '?'} but its parent "${parent.node.id}" at level ${parent.level ?? '?'}; a parent is one level up`,
        placed.at('level'),
      ),
    ];
  });
}

function denominatorProblems(table: Table, rows: readonly TableRow[], columns: readonly string[]): Problem[] {
  return rows.flatMap((row) =>
    columns.flatMap((column) => {
      const text = row.cells[column] ?? '';
      return numberCell(text, table.decimalComma) === undefined
        ? [problem('not-a-number', `denominator "${text}" is not a number`, placeOf(table, column, row))]
        : [];
    }),
  );
}

/** iMeta's Group, Denominator and Other rows (and the Time column) as declared column roles. */
function declaredColumns(kinds: DataColumnKinds): Map<string, ColumnRole> {
  return new Map<string, ColumnRole>([
    ['Time', 'meta'],
    ...kinds.group.map((code) => [code, 'group'] as const),
    ...kinds.denominator.map((code) => [code, 'meta'] as const),
    ...kinds.other.map((code) => [code, 'meta'] as const),
  ]);
}

/** The role of every iData column, COINr's Time told as part of the layout. */
function iDataRoles(
  iData: Table,
  nodes: readonly FrameworkNode[],
  kinds: DataColumnKinds,
  broken: Set<string>,
) {
  const roles = unitColumnRoles(iData, { nodes, broken, declared: declaredColumns(kinds) });
  return roles.reports.map((report): ColumnReport =>
    report.column === 'Time' ? { ...report, reason: 'layout' } : report,
  );
}

/**
 * Builds a dataset from COINr's iData (`uCode`, `uName`, `Group_*`, `Den_*`, `Time`, one column per
 * indicator) and iMeta (any number of levels; the index is the aggregate without a parent).
 */
export function buildCoinr(
  iData: Table,
  iMeta: Table,
  readProblems: Problem[],
  options: CoinrOptions = {},
): LoadResult {
  const meta = parseIMeta(iMeta);
  const nodes = meta.nodes.map((placed) => placed.node);
  const declared = declaredIn(iMeta, { id: 'iCode', parent: 'Parent', type: 'Type' });
  const structure =
    meta.nodes.length > 0
      ? [...validateHierarchy(meta.nodes, noRootProblem(iMeta), declared), ...levelProblems(meta.nodes)]
      : [];
  const broken = new Set([...declared.ids].filter((id) => !nodes.some((node) => node.id === id)));
  const reports = iDataRoles(iData, nodes, meta.kinds, broken);
  const columns = sortedColumns(reports);
  const denominators = reports.filter(
    (r) => meta.kinds.denominator.includes(r.column) || r.column.startsWith('Den_'),
  );
  const time = selectTime(iData, options.time);
  const rows = iData.headers.includes('uCode') ? time.rows : [];
  const units = readUnitRows(iData, rows, {
    id: 'uCode',
    name: 'uName',
    groups: columns.groups,
    meta: [...columns.groups, ...columns.meta],
    indicators: columns.indicators.map((column) => ({ column, indicator: column })),
  });
  const tableProblems = [
    ...missingColumnProblems(iData, ['uCode']),
    ...emptyTableProblems(iData, 'iData'),
    ...emptyTableProblems(iMeta, 'iMeta'),
  ];
  const cellProblems = [
    ...time.problems,
    ...units.problems,
    ...denominatorProblems(
      iData,
      rows,
      denominators.map((r) => r.column),
    ),
  ];
  const problems = [
    ...readProblems,
    ...tableProblems,
    ...meta.problems,
    ...structure,
    ...(nodes.length > 0 ? missingIndicatorProblems(iData, nodes) : []),
    ...cellProblems,
  ];
  return assemble({
    file: iData.file,
    units: units.units,
    framework: nodes,
    values: units.values,
    problems,
    warnings: time.warnings,
    columns: reports.map((r) => (r.role === 'indicator' ? { ...r, indicator: r.column } : r)),
    edition: options.edition,
  });
}
