import type { Published } from '@smartcities/data/schema';
import { boundOf, scoreOf, type Checked, type VerifyContext } from './context.ts';
import { judgeLabel } from './label-cell.ts';
import { judgeExact, judgeScore } from './judge.ts';
import { scoreRankCells } from './score-rank-cells.ts';
import type { VerifiedCell } from './types.ts';

/**
 * The overall table: each row's score, rank and tier are printed numbers; its label and its five
 * pillar columns (a second printing of the scores of tables 2-1 to 2-5) are checked apart.
 */
export function verifyOverallTable(published: Published, ctx: VerifyContext): Checked {
  return { numbers: overallNumbers(published, ctx), other: overallSecondPrinting(published, ctx) };
}

/** The overall table's printed scores, ranks and tiers. */
export function overallNumbers(published: Published, ctx: VerifyContext): VerifiedCell[] {
  const { result } = ctx;
  const root = result.tree.root;
  const table = 'overall';
  const rows = published.overall.rows;
  const numbers = rows.flatMap(({ row, city, printedTier, score, rank, errata = {} }) => [
    ...scoreRankCells(ctx, { table, row, city, node: root, scoreColumn: 'score', score, rank, errata }),
    judgeExact(
      {
        table,
        row,
        column: 'tier',
        city,
        published: printedTier,
        computed: result.tiers.tiers[result.unitIds.indexOf(city)] ?? 'unscored',
        bound: 0,
        erratum: errata.tier,
      },
      ctx.errata,
    ),
  ]);
  return numbers;
}

/** The overall table's row labels and its second printing of the pillar scores. */
function overallSecondPrinting(published: Published, ctx: VerifyContext): VerifiedCell[] {
  const table = 'overall';
  const rows = published.overall.rows;
  const other = rows.flatMap(({ row, label, city, pillars, errata = {} }) => [
    judgeLabel(ctx, table, { row, label, city, errata }),
    ...Object.entries(pillars).map(([pillar, printed]) =>
      judgeScore(
        {
          table,
          row,
          column: pillar,
          city,
          published: printed,
          unrounded: scoreOf(ctx, pillar, city),
          bound: boundOf(ctx, pillar, city),
          erratum: errata[pillar],
        },
        ctx.errata,
      ),
    ),
  ]);
  return other;
}

/** The printed tier cut-offs against mean ± SD of the computed index, and the tier sizes the text states. */
export function verifyTierRule(published: Published, ctx: VerifyContext): VerifiedCells {
  const { thresholds, tierCounts } = published.overall;
  const { tiers } = ctx.result;
  const cutoffs = (['upper', 'lower'] as const).map((side) =>
    judgeScore(
      {
        table: 'text',
        row: thresholds[side].lines[0]!,
        column: `threshold-${side}`,
        published: thresholds[side].value,
        unrounded: tiers[side],
        bound: null,
        erratum: thresholds[side].erratum,
      },
      ctx.errata,
    ),
  );
  const counts = Object.entries(tierCounts).map(([tier, { count, line }]) =>
    judgeExact(
      {
        table: 'text',
        row: line,
        column: `tier-count-${tier}`,
        published: count,
        computed: tiers.tiers.filter((t) => t === tier).length,
      },
      ctx.errata,
    ),
  );
  return [...cutoffs, ...counts];
}

type VerifiedCells = ReturnType<typeof judgeExact>[];
