import { readFileSync } from 'node:fs';
import type { PrintedTable, ProseLine, ReportFacts } from './extract.ts';
import type { TableId } from './tables.ts';

/**
 * The facts of the 2020 report that the tests check our data against, committed in
 * test/report/facts.json (regenerate with `pnpm --filter @smartcities/data run report-facts`).
 */
export const reportFacts: ReportFacts = JSON.parse(
  readFileSync(new URL('./facts.json', import.meta.url), 'utf8'),
) as ReportFacts;

/** The printed tables by id. */
export const reportTables = reportFacts.tables as Record<TableId, PrintedTable>;

const proseByLine = new Map(reportFacts.prose.map((prose) => [prose.line, prose]));

/** The facts of prose line `line` (1-based); empty for a table or blank line. */
export const proseAt = (line: number): ProseLine =>
  proseByLine.get(line) ?? { line, figures: [], names: [], terms: [] };

/** True when the line names `name` (word for word, inside a run of capitalised words). */
export const namesOnLine = (line: number, name: string | RegExp): boolean => {
  const pattern = typeof name === 'string' ? new RegExp(`\\b${name}\\b`) : name;
  return proseAt(line).names.some((run) => pattern.test(run));
};

/** Every figure the report prints, in the prose or in a table cell. */
export const reportFigures: ReadonlySet<string> = new Set([
  ...reportFacts.prose.flatMap((prose) => prose.figures),
  ...Object.values(reportFacts.tables).flatMap((table) => table.rows.flatMap((row) => row.cells)),
]);
