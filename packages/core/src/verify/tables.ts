import type { Erratum, Published } from '@smartcities/data/schema';
import { cell, type ScoreResult } from '../result.ts';
import { checkCell, SCORE_TOLERANCE } from './check-cell.ts';
import type { VerifiedCell } from './types.ts';

type Lookup = {
  result: ScoreResult;
  names: ReadonlyMap<string, string>;
  errata: ReadonlyMap<string, Erratum>;
};

const at = ({ result }: Lookup, column: Float64Array | undefined, city: string) =>
  cell(column, result.unitIds.indexOf(city)) ?? NaN;

/** Every cell of tables 2-1 to 2-5: the row label, the pillar score and its rank. */
export function verifyPillarTables(published: Published, lookup: Lookup): VerifiedCell[] {
  return published.pillars.flatMap(({ table, pillar, rows }) =>
    rows.flatMap(({ row, label, city, score, rank, errata = {} }) => [
      checkCell(
        {
          table,
          row,
          column: 'label',
          city,
          printed: label,
          computed: lookup.names.get(city) ?? city,
          erratum: errata.label,
        },
        lookup.errata,
      ),
      checkCell(
        {
          table,
          row,
          column: pillar,
          city,
          printed: score,
          computed: at(lookup, lookup.result.scores[pillar], city),
          erratum: errata.score,
          tolerance: SCORE_TOLERANCE,
        },
        lookup.errata,
      ),
      checkCell(
        {
          table,
          row,
          column: 'rank',
          city,
          printed: rank,
          computed: at(lookup, lookup.result.ranks[pillar], city),
          erratum: errata.rank,
        },
        lookup.errata,
      ),
    ]),
  );
}

/** Every cell of the overall table: label, the five pillar columns, score, rank and tier. */
export function verifyOverallTable(published: Published, lookup: Lookup): VerifiedCell[] {
  const { result } = lookup;
  const root = result.tree.root;
  return published.overall.rows.flatMap(
    ({ row, label, city, printedTier, pillars, score, rank, errata = {} }) => {
      const check = (column: string, printed: number | string, computed: number | string, tolerance = 0) =>
        checkCell(
          { table: 'overall', row, column, city, printed, computed, erratum: errata[column], tolerance },
          lookup.errata,
        );
      return [
        check('label', label, lookup.names.get(city) ?? city),
        ...Object.entries(pillars).map(([pillar, printed]) =>
          check(pillar, printed, at(lookup, result.scores[pillar], city), SCORE_TOLERANCE),
        ),
        check('score', score, at(lookup, result.scores[root], city), SCORE_TOLERANCE),
        check('rank', rank, at(lookup, result.ranks[root], city)),
        check('tier', printedTier, result.tiers.tiers[result.unitIds.indexOf(city)] ?? 'unscored'),
      ];
    },
  );
}

/** The printed tier cut-offs against mean ± SD of the computed index, and the tier sizes the text states. */
export function verifyTierRule(published: Published, lookup: Lookup): VerifiedCell[] {
  const { thresholds, tierCounts } = published.overall;
  const { tiers } = lookup.result;
  const cutoffs = (['upper', 'lower'] as const).map((side) =>
    checkCell(
      {
        table: 'text',
        row: thresholds[side].lines[0]!,
        column: `threshold-${side}`,
        printed: thresholds[side].value,
        computed: tiers[side],
        erratum: thresholds[side].erratum,
        tolerance: SCORE_TOLERANCE,
      },
      lookup.errata,
    ),
  );
  const counts = Object.entries(tierCounts).map(([tier, { count, line }]) =>
    checkCell(
      {
        table: 'text',
        row: line,
        column: `tier-count-${tier}`,
        printed: count,
        computed: tiers.tiers.filter((t) => t === tier).length,
      },
      lookup.errata,
    ),
  );
  return [...cutoffs, ...counts];
}
