import { z } from 'zod';
import { buildCoinr } from './build-coinr.ts';
import { buildOurs } from './build-ours.ts';
import { exportedTables } from './export-layout.ts';
import type { LoadResult } from './load-result.ts';
import { problem, type Problem } from './problem.ts';
import { rankingProblem } from './ranking-layout.ts';
import { isProblem, namedTable, pickTable, readSource, type SourceTables } from './read-source.ts';
import type { Table } from './table.ts';
import { loadSourceSchema } from './source.ts';

/** How a dataset is named: an edition id (default: the units file's base name) and a version (default "0"). */
export const editionOptionsSchema = z.object({
  id: z.string().min(1).optional(),
  version: z.string().min(1).optional(),
});

/** The files of a dataset in our layout (or one JSON/XLSX file holding every table). */
export const loadDatasetInputSchema = z.object({
  units: loadSourceSchema,
  framework: loadSourceSchema.optional(),
  edition: editionOptionsSchema.optional(),
});

export type LoadDatasetInput = z.infer<typeof loadDatasetInputSchema>;

/** Turns an invalid call into problems (a caller's mistake is still reported, never thrown). */
export function inputProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) =>
    problem('bad-source', `${issue.path.join('.') || 'input'}: ${issue.message}`, {
      file: '',
      row: null,
      column: null,
    }),
  );
}

/** The problems of a file whose table could not be picked: its parse errors, else the missing table. */
export function unreadable(read: SourceTables, missing: Problem): Problem[] {
  return Object.keys(read.tables).length === 0 && read.problems.length > 0
    ? read.problems
    : [...read.problems, missing];
}

async function frameworkTable(
  input: LoadDatasetInput,
  units: SourceTables,
): Promise<{ table?: Table; problems: Problem[] }> {
  if (input.framework === undefined) return { table: namedTable(units, 'framework'), problems: [] };
  const read = await readSource(input.framework);
  const table = pickTable(read, 'framework');
  return isProblem(table) ? { problems: unreadable(read, table) } : { table, problems: read.problems };
}

/**
 * Loads a user's dataset in our layout: a units table and a framework table (separate CSV/JSON files,
 * sheets `units` and `framework` of one XLSX, or one JSON `{units, framework, values}`; a framework
 * file given separately wins over one inside the units file); without any framework one is built from the column headers. An XLSX with sheets `iData` and `iMeta`, or a JSON
 * `{iData, iMeta}`, is read as COINr; our own dataset export (JSON, CSV or XLSX) is read back as it
 * comes out (see `exportedTables`); a ranking download is refused with a `not-a-dataset` problem
 * (see `rankingProblem`). Every column gets a role (see `unitColumnRoles`), listed in the result.
 * Every problem is returned, nothing is thrown.
 * @example
 * const result = await loadDataset({ units: { name: 'units.csv', text }, framework: { name: 'framework.csv', text: fw } });
 * if (result.ok) result.dataset.values.london;
 */
export async function loadDataset(input: LoadDatasetInput): Promise<LoadResult> {
  const checked = loadDatasetInputSchema.safeParse(input);
  if (!checked.success) return { ok: false, problems: inputProblems(checked.error) };
  const read = await readSource(checked.data.units);
  const [iData, iMeta] = [namedTable(read, 'iData'), namedTable(read, 'iMeta')];
  if (iData && iMeta) return buildCoinr(iData, iMeta, read.problems, { edition: checked.data.edition });
  const ranking = rankingProblem(read);
  if (ranking) return { ok: false, problems: [ranking] };
  const exported = checked.data.framework === undefined ? exportedTables(read) : undefined;
  if (exported)
    return buildOurs(
      exported.units,
      exported.framework,
      read.problems,
      checked.data.edition,
      exported.computed,
    );
  const units = pickTable(read, 'units');
  if (isProblem(units)) return { ok: false, problems: unreadable(read, units) };
  const framework = await frameworkTable(checked.data, read);
  return buildOurs(units, framework.table, [...read.problems, ...framework.problems], checked.data.edition);
}
