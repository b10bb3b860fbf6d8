import type { Context } from './context.ts';
import type { Finding } from './finding.ts';
import { rankFindings } from './rank-findings.ts';

/** Checks the printed ranks of tables 2-1 to 2-5 and of the overall table against their printed scores. */
export function checkRanks(context: Context): Finding[] {
  const { pillars, overall } = context.input.published;
  const pillarFindings = pillars.flatMap((table) =>
    rankFindings(
      table.table,
      'rank',
      table.rows.map((row) => ({ ...row, city: context.resolve(row.label) })),
    ),
  );
  const overallRows = overall.rows.map((row) => ({ ...row, city: context.overallCity(row) }));
  return [...pillarFindings, ...rankFindings('overall', 'rank', overallRows)];
}
