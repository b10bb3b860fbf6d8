import { problem, type Problem } from './problem.ts';
import type { SourceTables } from './read-source.ts';
import type { Table } from './table.ts';

const rankingColumns = ['city', 'rank', 'score'];

const isRanking = (table: Table): boolean =>
  !table.headers.includes('id') && rankingColumns.every((column) => table.headers.includes(column));

/**
 * Recognises a ranking rather than a dataset: the explorer's ranking downloads (/data/rankings.csv,
 * .json, .xlsx), the API's /v1/rankings and the CLI's `score` and `rank` output are rows of `city`,
 * `rank` and `score` (a CSV, a sheet, or a JSON `rows` member) without an `id` column. They hold
 * computed scores and no indicator values, so there is nothing to score: a `not-a-dataset` problem
 * that says which files do upload. Anything else: undefined.
 */
export function rankingProblem(read: SourceTables): Problem | undefined {
  const table = Object.values(read.tables).find(isRanking);
  if (!table) return undefined;
  const message =
    'this is a ranking (computed scores, ranks and tiers), not a dataset: it has no indicator values to score; upload the dataset export (/data/export.csv, .json or .xlsx, or `smartcities export`) or a file in the template layout';
  return problem('not-a-dataset', message, {
    file: read.file,
    ...(table.sheet ? { sheet: table.sheet } : {}),
    row: null,
    column: null,
  });
}
