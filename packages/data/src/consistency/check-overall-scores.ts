import { meanOf } from './mean-of.ts';
import { roundTo } from '../stats/round-to.ts';
import type { Context } from './context.ts';
import { differs, finding, printedTolerance, type Finding } from './finding.ts';

/**
 * Checks each printed overall score against the mean of its five printed pillar columns rescaled so
 * that the highest mean scores 100, allowing `printedTolerance`.
 */
export function checkOverallScores(context: Context): Finding[] {
  const rows = context.input.published.overall.rows;
  const means = rows.map((row) => meanOf(Object.values(row.pillars)));
  const top = Math.max(...means);
  return rows.flatMap((row, index) => {
    const expected = ((means[index] ?? Number.NaN) / top) * 100;
    if (!differs(row.score, expected, printedTolerance)) return [];
    const city = context.overallCity(row);
    const message = `the rescaled mean of the row's pillar columns is ${expected}`;
    const cell = {
      kind: 'overall-score',
      table: 'overall',
      row: row.row,
      column: 'score',
      printed: row.score,
    } as const;
    return [finding({ ...cell, correct: roundTo(expected, 1), message, ...(city ? { city } : {}) })];
  });
}
