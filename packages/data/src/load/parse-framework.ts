import type { FrameworkNode } from '../schema/index.ts';
import { metaValue, readDirection, readRequired, readWeight } from './cell-readers.ts';
import { missingColumnProblems } from './header-problems.ts';
import type { PlacedNode } from './placed-node.ts';
import { problem, type Problem } from './problem.ts';
import { placeOf, type Table, type TableRow } from './table.ts';

const required = ['id', 'type', 'parent', 'weight'] as const;
const known = new Set<string>([...required, 'name', 'direction']);

/** Framework row types that declare a units column which is not an indicator. */
const columnTypes = new Set<string>(['group', 'coordinate', 'code', 'meta']);
type DataColumnRole = 'group' | 'coordinate' | 'code' | 'meta';

function readType(table: Table, row: TableRow): FrameworkNode['type'] | DataColumnRole | Problem {
  const text = (row.cells.type ?? '').toLowerCase();
  if (text === 'indicator' || text === 'aggregate' || columnTypes.has(text))
    return text as FrameworkNode['type'] | DataColumnRole;
  return problem(
    'bad-type',
    `type "${row.cells.type ?? ''}" must be indicator or aggregate (or group, coordinate, code or meta for a units column that is not scored)`,
    placeOf(table, 'type', row),
  );
}

function meta(table: Table, row: TableRow): { meta?: Record<string, string | number> } {
  const entries = table.headers
    .filter((header) => !known.has(header))
    .flatMap((header) => {
      const value = metaValue(table, row.cells[header] ?? '');
      return value === undefined ? [] : [[header, value] as const];
    });
  return entries.length > 0 ? { meta: Object.fromEntries(entries) } : {};
}

type RowRead = { placed?: PlacedNode; column?: [string, DataColumnRole]; problems: Problem[] };

function readNode(table: Table, row: TableRow): RowRead {
  const id = readRequired(table, row, 'id');
  const type = readType(table, row);
  if (typeof type === 'string' && columnTypes.has(type))
    return id.value === undefined
      ? { problems: id.problems }
      : { column: [id.value, type as DataColumnRole], problems: [] };
  const parent = row.cells.parent ?? '';
  const weight = readWeight(table, row, 'weight', parent === '' ? 1 : undefined);
  const direction = readDirection(table, row, 'direction', 1);
  const problems = [
    ...id.problems,
    ...(typeof type === 'string' ? [] : [type]),
    ...weight.problems,
    ...direction.problems,
  ];
  if (
    id.value === undefined ||
    (type !== 'indicator' && type !== 'aggregate') ||
    weight.value === undefined ||
    direction.value === undefined
  )
    return { problems };
  const node: FrameworkNode = {
    id: id.value,
    name: row.cells.name || id.value,
    type,
    parent: parent === '' ? null : parent,
    weight: weight.value,
    direction: direction.value,
    ...meta(table, row),
  };
  return { placed: { node, at: (column) => placeOf(table, column, row) }, problems };
}

/**
 * Reads our framework table (`id`, `name`, `type` indicator|aggregate, `parent`, `weight`,
 * `direction`; extra columns kept in `meta`). Name defaults to the id, direction to 1, and the
 * root's weight to 1; every bad cell is reported. A row of type group, coordinate, code or meta
 * declares a units column that is kept and never scored (its other cells are not read).
 */
export function parseFramework(table: Table): {
  nodes: PlacedNode[];
  columns: Map<string, DataColumnRole>;
  problems: Problem[];
} {
  const missing = missingColumnProblems(table, required);
  if (missing.length > 0) return { nodes: [], columns: new Map(), problems: missing };
  const read = table.rows.map((row) => readNode(table, row));
  return {
    nodes: read.flatMap((entry) => (entry.placed ? [entry.placed] : [])),
    columns: new Map(read.flatMap((entry) => (entry.column ? [entry.column] : []))),
    problems: read.flatMap((entry) => entry.problems),
  };
}
