import type { FrameworkNode } from '../schema/index.ts';
import { metaValue, readDirection, readRequired, readWeight } from './cell-readers.ts';
import { missingColumnProblems } from './header-problems.ts';
import { numberCell } from './number-cell.ts';
import type { PlacedNode } from './placed-node.ts';
import { problem, type Problem } from './problem.ts';
import { placeOf, type Table, type TableRow } from './table.ts';

const required = ['iCode', 'Level', 'Parent', 'Type', 'Weight', 'Direction'] as const;
const known = new Set<string>([...required, 'iName']);
const kinds = {
  indicator: 'indicator',
  aggregate: 'aggregate',
  group: 'group',
  denominator: 'denominator',
  other: 'other',
} as const;
const headerOf = { id: 'iCode', parent: 'Parent', type: 'Type', level: 'Level' } as const;

/** What iMeta says about the columns of iData that are not indicators. */
export interface DataColumnKinds {
  group: string[];
  denominator: string[];
  other: string[];
}

function readLevel(table: Table, row: TableRow): { value?: number; problems: Problem[] } {
  const value = numberCell(row.cells.Level ?? '', table.decimalComma);
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return { value, problems: [] };
  return {
    problems: [
      problem(
        'bad-level',
        `level "${row.cells.Level ?? ''}" must be a whole number from 1 (indicators)`,
        placeOf(table, 'Level', row),
      ),
    ],
  };
}

function meta(table: Table, row: TableRow, level: number): Record<string, string | number> {
  const extra = table.headers
    .filter((header) => !known.has(header))
    .flatMap((header) => {
      const value = metaValue(table, row.cells[header] ?? '');
      return value === undefined ? [] : [[header, value] as const];
    });
  return { Level: level, ...Object.fromEntries(extra) };
}

function readNode(
  table: Table,
  row: TableRow,
  type: FrameworkNode['type'],
  id: string,
): { placed?: PlacedNode; problems: Problem[] } {
  const parentText = row.cells.Parent ?? '';
  const parent = parentText === '' || parentText.toUpperCase() === 'NA' ? null : parentText;
  const level = readLevel(table, row);
  const weight = readWeight(table, row, 'Weight', parent === null ? 1 : undefined);
  const direction = readDirection(table, row, 'Direction', type === 'aggregate' ? 1 : undefined);
  const problems = [...level.problems, ...weight.problems, ...direction.problems];
  if (level.value === undefined || weight.value === undefined || direction.value === undefined)
    return { problems };
  const node: FrameworkNode = {
    id,
    name: row.cells.iName || id,
    type,
    parent,
    weight: weight.value,
    direction: direction.value,
    meta: meta(table, row, level.value),
  };
  return {
    placed: { node, level: level.value, at: (column) => placeOf(table, headerOf[column], row) },
    problems,
  };
}

type RowRead = {
  placed?: PlacedNode;
  column?: { kind: keyof DataColumnKinds; code: string };
  problems: Problem[];
};

function readRow(table: Table, row: TableRow): RowRead {
  const code = readRequired(table, row, 'iCode');
  const kind = kinds[(row.cells.Type ?? '').toLowerCase() as keyof typeof kinds];
  const typeProblems =
    kind === undefined
      ? [
          problem(
            'bad-type',
            `type "${row.cells.Type ?? ''}" must be Indicator, Aggregate, Group, Denominator or Other`,
            placeOf(table, 'Type', row),
          ),
        ]
      : [];
  if (code.value === undefined || kind === undefined)
    return { problems: [...code.problems, ...typeProblems] };
  if (kind !== 'indicator' && kind !== 'aggregate')
    return { column: { kind, code: code.value }, problems: [] };
  return readNode(table, row, kind, code.value);
}

/**
 * Reads COINr's iMeta: `iCode`, `iName`, `Level`, `Parent`, `Direction`, `Weight`, `Type`
 * (Indicator | Aggregate | Group | Denominator | Other); extra columns such as `Unit` or `Target` are
 * kept in node meta, with `Level`. Group, Denominator and Other rows describe iData columns.
 */
export function parseIMeta(table: Table): {
  nodes: PlacedNode[];
  kinds: DataColumnKinds;
  problems: Problem[];
} {
  const found: DataColumnKinds = { group: [], denominator: [], other: [] };
  const missing = missingColumnProblems(table, required);
  if (missing.length > 0) return { nodes: [], kinds: found, problems: missing };
  const read = table.rows.map((row) => readRow(table, row));
  for (const entry of read) if (entry.column) found[entry.column.kind].push(entry.column.code);
  return {
    nodes: read.flatMap((entry) => (entry.placed ? [entry.placed] : [])),
    kinds: found,
    problems: read.flatMap((entry) => entry.problems),
  };
}
