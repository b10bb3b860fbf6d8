import type { FrameworkNode } from '../schema/index.ts';
import { columnReport, type ColumnReason, type ColumnReport, type ColumnRole } from './column-role.ts';
import { declaredByPrefix, knownRole } from './known-columns.ts';
import { numberCell } from './number-cell.ts';
import { problem, type Problem } from './problem.ts';
import { placeOf, type Table } from './table.ts';

/** What a framework says about a units table's columns. */
export interface FrameworkColumns {
  nodes: readonly FrameworkNode[];
  /** Ids of framework rows that failed to parse: read as indicators, their problems already told. */
  broken: ReadonlySet<string>;
  /** Units columns the framework declares with a row of type group, coordinate, code or meta. */
  declared: ReadonlyMap<string, ColumnRole>;
}

type Choice = [ColumnRole, ColumnReason];

/** The kinds of cells in a column: any number, any text that is not a number. */
function cellKinds(table: Table, column: string): { numbers: boolean; text: boolean } {
  const cells = table.rows.map((row) => numberCell(row.cells[column] ?? '', table.decimalComma));
  return {
    numbers: cells.some((cell) => typeof cell === 'number'),
    text: cells.some((cell) => cell === undefined),
  };
}

function layoutRole(column: string, headers: readonly string[]): Choice | undefined {
  if (column === 'id' || (column === 'uCode' && !headers.includes('id'))) return ['id', 'layout'];
  if (column === 'name' || (column === 'uName' && !headers.includes('name'))) return ['name', 'layout'];
  return undefined;
}

function declaredOrKnown(column: string): Choice | undefined {
  const declared = declaredByPrefix(column);
  if (declared) return [declared, 'declared'];
  const known = knownRole(column);
  return known ? [known, 'known-name'] : undefined;
}

function frameworkRole(column: string, framework: FrameworkColumns): Choice {
  const node = framework.nodes.find((candidate) => candidate.id === column);
  if (node) return node.type === 'indicator' ? ['indicator', 'framework'] : ['result', 'aggregate'];
  const declared = framework.declared.get(column);
  if (declared) return [declared, 'declared'];
  if (framework.broken.has(column)) return ['indicator', 'framework'];
  return declaredOrKnown(column) ?? ['meta', 'not-in-framework'];
}

function guessedRole(table: Table, column: string): Choice {
  const declared = declaredOrKnown(column);
  if (declared) return declared;
  const kinds = cellKinds(table, column);
  return kinds.text && !kinds.numbers ? ['meta', 'text'] : ['indicator', 'numeric'];
}

/** A column that mixes numbers and text where no framework says what it is. */
function mixedProblem(table: Table, column: string): Problem[] {
  const kinds = cellKinds(table, column);
  if (!(kinds.text && kinds.numbers)) return [];
  const message = `column "${column}" mixes numbers and text, so it is read as an indicator; if it is not one, declare it (a framework row of type meta, or the header prefix x_)`;
  return [problem('ambiguous-column', message, placeOf(table, column))];
}

/**
 * Gives every column of a units table a role, in this order: the layout's own (`id`, `name`, or
 * COINr's `uCode`, `uName` when those are absent), `exported` (computed columns of our export),
 * then with a framework: its indicators, its aggregates (computed, left out), its declared rows,
 * a header prefix, a well-known name, else other data (anything the framework does not name is not
 * an indicator); without one: a header prefix, a well-known name, text, else an indicator.
 */
export function unitColumnRoles(
  table: Table,
  framework: FrameworkColumns | undefined,
  exported: ReadonlySet<string> = new Set(),
): { reports: ColumnReport[]; problems: Problem[] } {
  const choose = (column: string): Choice =>
    layoutRole(column, table.headers) ??
    (exported.has(column) ? ['result', 'export'] : undefined) ??
    (framework ? frameworkRole(column, framework) : guessedRole(table, column));
  const headers = table.headers.filter((header, index) => table.headers.indexOf(header) === index);
  const reports = headers.map((column) => columnReport(table, column, ...choose(column)));
  const problems = framework
    ? []
    : reports.flatMap((report) => (report.reason === 'numeric' ? mixedProblem(table, report.column) : []));
  return { reports, problems };
}
