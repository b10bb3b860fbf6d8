import type { PrintedThreshold } from '../schema/index.ts';
import { observed, populationSd } from '../stats/observed.ts';
import { roundTo } from '../stats/round-to.ts';
import type { Context } from './context.ts';
import { differs, finding, printedTolerance, type Finding } from './finding.ts';

function boundFinding(side: 'upper' | 'lower', printed: PrintedThreshold, expected: number): Finding[] {
  if (!differs(printed.value, expected, printedTolerance)) return [];
  const row = printed.lines[0] ?? 1;
  const message = `mean ${side === 'upper' ? 'plus' : 'minus'} one population SD of the printed overall scores is ${expected}`;
  return [
    finding({
      kind: 'threshold',
      table: 'text',
      row,
      column: `threshold-${side}`,
      printed: printed.value,
      correct: roundTo(expected, 1),
      message,
    }),
  ];
}

/**
 * Checks the printed tier thresholds against the rule the text states: the mean plus or minus one
 * population standard deviation of the printed overall scores, within `printedTolerance`.
 */
export function checkThresholds(context: Context): Finding[] {
  const { rows, thresholds } = context.input.published.overall;
  const scores = rows.map((row) => row.score);
  const centre = observed(scores).mean;
  const spread = populationSd(scores);
  return [
    ...boundFinding('upper', thresholds.upper, centre + spread),
    ...boundFinding('lower', thresholds.lower, centre - spread),
  ];
}
