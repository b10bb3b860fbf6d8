import type { Erratum, Papers, Published } from '@smartcities/data/schema';
import { reputation } from '../reputation.ts';
import type { ScoreResult } from '../result.ts';
import { checkCell } from './check-cell.ts';
import type { VerifiedCell } from './types.ts';

/** Every cell of table 2-6 recomputed from the paper counts and the computed smart city ranks. */
export function verifyReputationTable(
  published: Published,
  papers: Papers,
  result: ScoreResult,
  names: ReadonlyMap<string, string>,
  errata: ReadonlyMap<string, Erratum>,
): VerifiedCell[] {
  const computed = reputation(papers, result);
  const byCity = new Map(computed.rows.map((r) => [r.city, r]));
  const table = published.reputation;
  const cells = table.rows.flatMap(
    ({ row, label, city, reputationRank, smartCityRank, difference, errata: marks = {} }) => {
      const mine = byCity.get(city);
      const check = (column: string, printed: number | string, value: number | string | null | undefined) =>
        checkCell(
          { table: '2-6', row, column, city, printed, computed: value ?? 'missing', erratum: marks[column] },
          errata,
        );
      return [
        check('label', label, names.get(city) ?? city),
        check('reputationRank', reputationRank, mine?.reputationRank),
        check('smartCityRank', smartCityRank, mine?.smartRank),
        check('difference', difference, mine?.difference),
      ];
    },
  );
  const total = checkCell(
    {
      table: '2-6',
      row: table.rows.length + 1,
      column: 'total',
      printed: table.total,
      computed: computed.total,
    },
    errata,
  );
  return [...cells, total];
}
