import type { Dataset } from '@smartcities/data/schema';
import type { Scenario } from '../scenario/schema.ts';
import { score } from '../score.ts';
import type { Design } from './design.ts';
import { failureLog, type Failures } from './failure-log.ts';
import { tierCode } from './fast-model.ts';
import { checkpoint, chunkSize, type RunOptions } from './progress.ts';
import { byRank, createTally, type UncertaintyRow } from './rank-tally.ts';
import { replayRun } from './replay-run.ts';

/**
 * Scores an explicit list of designs (hand-picked alternatives, or runs to re-check) through
 * `score()` and summarises every unit's ranks and tiers exactly as `runUncertainty` does.
 * Throws a ScoringError when the scenario itself does not fit, a CancelledError on abort.
 * @example summariseDesigns(dataset, scenario, [{ weights: { economy: 2 } }, { weights: {}, aggregation: 'geometric' }])
 */
export function summariseDesigns(
  dataset: Dataset,
  scenario: Scenario,
  designs: readonly Design[],
  options: RunOptions = {},
): { rows: UncertaintyRow[]; failed: Failures } {
  const nominal = score(dataset, scenario);
  const units = nominal.unitIds.length;
  const tally = createTally(units);
  const failures = failureLog();
  const tiers = new Uint8Array(units);
  const chunk = chunkSize(designs.length);
  designs.forEach((design, run) => {
    if (run % chunk === 0) checkpoint(options, run, designs.length);
    const replayed = replayRun(dataset, scenario, design);
    if (!replayed.ok) return failures.add(replayed.issues[0]!);
    replayed.result.tiers.tiers.forEach((tier, u) => (tiers[u] = tier === null ? 3 : tierCode[tier]));
    tally.add(replayed.result.ranks[nominal.tree.root]!, tiers);
  });
  checkpoint(options, designs.length, designs.length);
  const rows = tally
    .rows(nominal.unitIds, nominal.ranks[nominal.tree.root]!)
    .sort((a, b) => byRank(a.nominal, b.nominal));
  return { rows, failed: failures.summary() };
}
