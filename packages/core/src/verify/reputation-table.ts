import type { Papers, Published } from '@smartcities/data/schema';
import type { Reputation } from '../reputation.ts';
import type { Checked, VerifyContext } from './context.ts';
import { judgeLabel } from './label-cell.ts';
import { judgeExact } from './judge.ts';

/**
 * Table 2-6: each printed paper count against the edition's paper counts (a second, independent
 * transcription), and the reputation rank, smart city rank and difference recomputed from them;
 * the row labels and the printed total apart.
 */
export function verifyReputationTable(
  published: Published,
  papers: Papers,
  computed: Reputation,
  ctx: VerifyContext,
): Checked {
  const table = '2-6';
  const byCity = new Map(computed.rows.map((r) => [r.city, r]));
  const rows = published.reputation.rows;
  const numbers = rows.flatMap(({ row, city, errata: marks = {}, ...printed }) => {
    const mine = byCity.get(city);
    const check = (column: keyof typeof printed & string, value: number | null | undefined) =>
      judgeExact(
        {
          table,
          row,
          column,
          city,
          published: printed[column],
          computed: value ?? 'missing',
          erratum: marks[column],
        },
        ctx.errata,
      );
    return [
      check('papers', papers[city]),
      check('reputationRank', mine?.reputationRank),
      check('smartCityRank', mine?.smartRank),
      check('difference', mine?.difference),
    ];
  });
  const labels = rows.map((printed) => judgeLabel(ctx, table, printed));
  const total = judgeExact(
    {
      table,
      row: rows.length + 1,
      column: 'total',
      published: published.reputation.total,
      computed: computed.total,
    },
    ctx.errata,
  );
  return { numbers, other: [...labels, total] };
}
