import { z } from 'zod';
import type { Place } from './problem.ts';

/**
 * What a column of a units table (or COINr's iData) holds: the unit's `id` or `name`, an `indicator`
 * (scored), a `group` (kept as the unit's group, usable for group-mean imputation), a `coordinate`
 * or `code` or other `meta` (kept in the unit's meta, never scored), or a `result` the engine
 * computes (an aggregate's score, a rank or tier in one of our exports: left out).
 */
export const columnRoleSchema = z.enum([
  'id',
  'name',
  'indicator',
  'group',
  'coordinate',
  'code',
  'meta',
  'result',
]);

/**
 * Why a column got its role: `layout` (the layout's own columns: id, name, COINr's uCode, uName,
 * Time), `framework` (the framework names it as an indicator), `aggregate` (the framework names it
 * as an aggregate, whose score is computed), `declared` (a framework row of type group or meta, an
 * iMeta row of type Group, Denominator or Other, or a header prefix `Group_`, `Den_` or `x_`),
 * `known-name` (a well-known name for coordinates, codes, groups, years or results),
 * `not-in-framework` (a framework is given and does not name it), `text` (no framework; no cell
 * reads as a number), `numeric` (no framework; numbers, declared as nothing else) and `export`
 * (a computed column of our own export).
 */
export const columnReasonSchema = z.enum([
  'layout',
  'framework',
  'aggregate',
  'declared',
  'known-name',
  'not-in-framework',
  'text',
  'numeric',
  'export',
]);

/** One column of a user's file, the role the loader gave it and why. */
export const columnReportSchema = z.object({
  file: z.string(),
  sheet: z.string().optional(),
  column: z.string(),
  role: columnRoleSchema,
  reason: columnReasonSchema,
  /** For an indicator column: the indicator whose values it holds. */
  indicator: z.string().optional(),
});

export type ColumnRole = z.infer<typeof columnRoleSchema>;
export type ColumnReason = z.infer<typeof columnReasonSchema>;
export type ColumnReport = z.infer<typeof columnReportSchema>;

const roleWords: Record<ColumnRole, string> = {
  id: 'unit id',
  name: 'unit name',
  indicator: 'indicator, scored',
  group: 'group, kept',
  coordinate: 'coordinate, kept, not scored',
  code: 'code, kept, not scored',
  meta: 'other data, kept, not scored',
  result: 'computed result, left out',
};

const reasonWords: Record<ColumnReason, string> = {
  layout: 'a column of the layout',
  framework: 'the framework names it as an indicator',
  aggregate: 'the framework names it as an aggregate, whose score is computed',
  declared: 'declared by a framework or iMeta row, or a Group_, Den_ or x_ prefix',
  'known-name': 'a well-known name',
  'not-in-framework': 'the framework does not name it',
  text: 'no cell is a number',
  numeric: 'numbers, and declared as nothing else',
  export: 'a computed column of our export',
};

/**
 * One line for a person: `units.csv, column "lon": coordinate, kept, not scored (a well-known name)`.
 * @example describeColumn({ file: 'u.csv', column: 'lon', role: 'coordinate', reason: 'known-name' })
 */
export function describeColumn({ file, sheet, column, role, reason }: ColumnReport): string {
  return `${file}${sheet ? ` [${sheet}]` : ''}, column "${column}": ${roleWords[role]} (${reasonWords[reason]})`;
}

/** A column's report at a table's place. */
export function columnReport(
  place: Pick<Place, 'file' | 'sheet'>,
  column: string,
  role: ColumnRole,
  reason: ColumnReason,
  indicator?: string,
): ColumnReport {
  return {
    file: place.file,
    ...(place.sheet ? { sheet: place.sheet } : {}),
    column,
    role,
    reason,
    ...(indicator === undefined ? {} : { indicator }),
  };
}

/**
 * The column report for a person, one line each: which columns were scored as indicators, then
 * every column set aside (not id or name) with its role and why.
 * @example columnLines(result.columns)[0] // 'units.csv: 2 columns scored as indicators: gdp, broadband'
 */
export function columnLines(reports: readonly ColumnReport[]): string[] {
  const scored = reports.filter((report) => report.role === 'indicator').map((report) => report.column);
  const aside = reports.filter((report) => !['indicator', 'id', 'name'].includes(report.role));
  const first = reports[0];
  const where = first ? `${first.file}${first.sheet ? ` [${first.sheet}]` : ''}: ` : '';
  return [
    `${where}${scored.length} column${scored.length === 1 ? '' : 's'} scored as indicators: ${scored.join(', ') || '(none)'}`,
    ...aside.map(describeColumn),
  ];
}
