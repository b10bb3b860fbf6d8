import type { Dataset } from '@smartcities/data/schema';
import type { Issue } from '../errors.ts';
import type { ScoreResult } from '../result.ts';
import type { Scenario } from '../scenario/schema.ts';
import { safeScore } from '../score.ts';
import { applyDesign, type Design } from './design.ts';

/**
 * Scores one run of an analysis again from its design, through `score()`: the full result, or
 * the issues that made the run fail (for example a geometric mean meeting a zero).
 * @example replayRun(dataset, scenario, result.designs.at(17)).result.ranks.index
 */
export function replayRun(
  dataset: Dataset,
  scenario: Scenario,
  design: Design,
): { ok: true; result: ScoreResult } | { ok: false; issues: Issue[] } {
  return safeScore(dataset, applyDesign(scenario, design));
}
