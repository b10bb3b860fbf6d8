import { z } from 'zod';
import { buildCoinr } from './build-coinr.ts';
import { editionOptionsSchema, inputProblems, unreadable } from './load-dataset.ts';
import type { LoadResult } from './load-result.ts';
import { isProblem, pickTable, readSource } from './read-source.ts';
import { loadSourceSchema } from './source.ts';

/** COINr's two tables as files (CSV, JSON, or XLSX with a sheet of that name), an optional time point and edition naming. */
export const loadCoinrInputSchema = z.object({
  iData: loadSourceSchema,
  iMeta: loadSourceSchema,
  time: z.union([z.string(), z.number()]).transform(String).optional(),
  edition: editionOptionsSchema.optional(),
});

export type LoadCoinrInput = z.input<typeof loadCoinrInputSchema>;

/**
 * Loads a dataset in COINr's layout from its iData and iMeta tables. Every problem of both files
 * is returned, nothing is thrown; with several time points the latest is used unless `time` says.
 * @example
 * const result = await loadCoinr({ iData: { name: 'iData.csv', text: data }, iMeta: { name: 'iMeta.csv', text: meta } });
 */
export async function loadCoinr(input: LoadCoinrInput): Promise<LoadResult> {
  const checked = loadCoinrInputSchema.safeParse(input);
  if (!checked.success) return { ok: false, problems: inputProblems(checked.error) };
  const [dataRead, metaRead] = await Promise.all([
    readSource(checked.data.iData),
    readSource(checked.data.iMeta),
  ]);
  const iData = pickTable(dataRead, 'iData');
  const iMeta = pickTable(metaRead, 'iMeta');
  const readProblems = [...dataRead.problems, ...metaRead.problems];
  if (isProblem(iData) || isProblem(iMeta)) {
    const problems = [
      ...(isProblem(iData) ? unreadable(dataRead, iData) : dataRead.problems),
      ...(isProblem(iMeta) ? unreadable(metaRead, iMeta) : metaRead.problems),
    ];
    return { ok: false, problems };
  }
  return buildCoinr(iData, iMeta, readProblems, { time: checked.data.time, edition: checked.data.edition });
}
