import type { TableId } from '../schema/index.ts';
import { competitionRank } from '../stats/competition-rank.ts';
import { finding, type Finding } from './finding.ts';

/** A printed row with the score it is ranked on and its printed rank. */
export interface RankedRow {
  row: number;
  score: number;
  rank: number;
  city?: string;
}

/** The competition rank each row's score earns among the rows (ties share the lowest rank). */
export function expectedRanks(rows: readonly RankedRow[]): number[] {
  return Array.from(competitionRank(rows.map((row) => row.score)));
}

/**
 * Flags printed ranks that differ from the competition ranks of the printed scores; a wrong rank on
 * a tied score is a `rank-tie` finding, any other a `rank` finding.
 */
export function rankFindings(table: TableId, column: string, rows: readonly RankedRow[]): Finding[] {
  const expected = expectedRanks(rows);
  return rows.flatMap((row, index) => {
    const correct = expected[index] ?? Number.NaN;
    if (row.rank === correct) return [];
    const tied = rows.some((other) => other !== row && other.score === row.score);
    const message = `a score of ${row.score} ranks ${correct} among the printed scores`;
    const kind = tied ? 'rank-tie' : 'rank';
    return [
      finding({
        kind,
        table,
        row: row.row,
        column,
        printed: row.rank,
        correct,
        message,
        ...(row.city ? { city: row.city } : {}),
      }),
    ];
  });
}
