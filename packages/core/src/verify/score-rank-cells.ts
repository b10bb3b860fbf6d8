import type { VerifyContext } from './context.ts';
import { boundOf, rankOf, scoreOf } from './context.ts';
import { judgeExact, judgeScore } from './judge.ts';
import type { VerifiedCell } from './types.ts';

/** One printed row's score and rank of an aggregate, with where they stand and their errata. */
export interface PrintedScoreRank {
  table: string;
  row: number;
  city: string;
  /** The aggregate whose score and rank were printed (the index or a pillar). */
  node: string;
  /** The column name the score cell is reported under. */
  scoreColumn: string;
  score: number;
  rank: number;
  errata: { score?: string; rank?: string };
}

/** A printed score (judged within its rounding bound) and rank (judged exactly) against the engine's. */
export function scoreRankCells(ctx: VerifyContext, printed: PrintedScoreRank): VerifiedCell[] {
  const { table, row, city, node, errata } = printed;
  return [
    judgeScore(
      {
        table,
        row,
        column: printed.scoreColumn,
        city,
        published: printed.score,
        unrounded: scoreOf(ctx, node, city),
        bound: boundOf(ctx, node, city),
        erratum: errata.score,
      },
      ctx.errata,
    ),
    judgeExact(
      {
        table,
        row,
        column: 'rank',
        city,
        published: printed.rank,
        computed: rankOf(ctx, node, city),
        erratum: errata.rank,
      },
      ctx.errata,
    ),
  ];
}
