import { meanOf } from './mean-of.ts';
import { roundTo } from '../stats/round-to.ts';
import type { Context } from './context.ts';
import { differs, finding, printedTolerance, type Finding } from './finding.ts';

/**
 * Checks each printed pillar score against the mean of the row's printed indicator values (equal
 * weights, as in the report), allowing `printedTolerance` for one-decimal inputs.
 */
export function checkPillarScores(context: Context): Finding[] {
  const { pillars } = context.input.published;
  return pillars.flatMap((table) =>
    table.rows.flatMap((row) => {
      const city = context.resolve(row.label);
      const indicators = context.input.indicatorsByPillar[table.pillar] ?? [];
      const cityValues = city === undefined ? undefined : context.input.values[city];
      if (city === undefined || cityValues === undefined) return [];
      const expected = meanOf(indicators.map((indicator) => cityValues[indicator] ?? null));
      if (Number.isNaN(expected) || !differs(row.score, expected, printedTolerance)) return [];
      const correct = roundTo(expected, 1);
      const message = `the mean of ${context.nameOf(city)}'s ${table.pillar} indicators is ${expected}`;
      return [
        finding({
          kind: 'pillar-score',
          table: table.table,
          row: row.row,
          column: 'score',
          printed: row.score,
          correct,
          city,
          message,
        }),
      ];
    }),
  );
}
