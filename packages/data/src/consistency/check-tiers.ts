import type { PublishedOverall, Tier } from '../schema/index.ts';
import type { Context } from './context.ts';
import { finding, type Finding } from './finding.ts';

/** The tier the text's rule gives a score: above the upper threshold leading, at or below the lower following. */
export function tierOf(score: number, thresholds: PublishedOverall['thresholds']): Tier {
  if (score > thresholds.upper.value) return 'leading';
  return score > thresholds.lower.value ? 'advanced' : 'following';
}

function countFindings(overall: PublishedOverall, tiers: readonly Tier[]): Finding[] {
  return Object.entries(overall.tierCounts).flatMap(([tier, stated]) => {
    const count = tiers.filter((other) => other === tier).length;
    if (count === stated.count) return [];
    const message = `the printed thresholds put ${count} cities in the ${tier} tier`;
    return [
      finding({
        kind: 'tier-count',
        table: 'text',
        row: stated.line,
        column: `tier-count-${tier}`,
        printed: stated.count,
        correct: count,
        message,
      }),
    ];
  });
}

/**
 * Checks the tier each overall row is printed under against the tier the printed thresholds give
 * its score, and the tier sizes the text states against the thresholds.
 */
export function checkTiers(context: Context): Finding[] {
  const overall = context.input.published.overall;
  const tiers = overall.rows.map((row) => tierOf(row.score, overall.thresholds));
  const labelFindings = overall.rows.flatMap((row, index) => {
    const correct = tiers[index] ?? row.printedTier;
    if (row.printedTier === correct) return [];
    const city = context.overallCity(row);
    const message = `a score of ${row.score} is ${correct} under the printed thresholds`;
    const cell = {
      kind: 'tier-label',
      table: 'overall',
      row: row.row,
      column: 'tier',
      printed: row.printedTier,
    } as const;
    return [finding({ ...cell, correct, message, ...(city ? { city } : {}) })];
  });
  return [...labelFindings, ...countFindings(overall, tiers)];
}
