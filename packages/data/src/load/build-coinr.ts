import { assemble, type EditionOptions } from './assemble.ts';
import { emptyTableProblems, noRootProblem } from './build-ours.ts';
import { declaredIn } from './declared.ts';
import { missingColumnProblems } from './header-problems.ts';
import { indicatorColumns } from './indicator-columns.ts';
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

/** Sorts iData's columns: groups (`Group_*` or typed Group), denominators (`Den_*` or typed Denominator), others, and the rest (indicators). */
function dataColumns(iData: Table, kinds: DataColumnKinds) {
  const groups = iData.headers.filter(
    (header) => header.startsWith('Group_') || kinds.group.includes(header),
  );
  const denominators = iData.headers.filter(
    (header) => header.startsWith('Den_') || kinds.denominator.includes(header),
  );
  const others = iData.headers.filter((header) => kinds.other.includes(header));
  const reserved = new Set(['uCode', 'uName', 'Time', ...groups, ...denominators, ...others]);
  return {
    groups,
    denominators,
    others,
    indicators: iData.headers.filter((header) => !reserved.has(header)),
  };
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
  const columns = dataColumns(iData, meta.kinds);
  const matched =
    meta.nodes.length > 0
      ? indicatorColumns(iData, columns.indicators, nodes, declared.ids)
      : { columns: [], problems: [] };
  const time = selectTime(iData, options.time);
  const rows = iData.headers.includes('uCode') ? time.rows : [];
  const metaColumns = [...columns.groups, ...columns.denominators, ...columns.others];
  const units = readUnitRows(iData, rows, {
    id: 'uCode',
    name: 'uName',
    groups: columns.groups,
    meta: metaColumns,
    indicators: matched.columns,
  });
  const tableProblems = [
    ...missingColumnProblems(iData, ['uCode']),
    ...emptyTableProblems(iData, 'iData'),
    ...emptyTableProblems(iMeta, 'iMeta'),
  ];
  const cellProblems = [
    ...time.problems,
    ...units.problems,
    ...denominatorProblems(iData, rows, columns.denominators),
  ];
  const problems = [
    ...readProblems,
    ...tableProblems,
    ...meta.problems,
    ...structure,
    ...matched.problems,
    ...cellProblems,
  ];
  return assemble({
    file: iData.file,
    units: units.units,
    framework: nodes,
    values: units.values,
    problems,
    warnings: time.warnings,
    edition: options.edition,
  });
}
