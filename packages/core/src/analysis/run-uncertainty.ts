import type { Dataset } from '@smartcities/data/schema';
import type { Provenance } from '../result.ts';
import type { Scenario } from '../scenario/schema.ts';
import { score } from '../score.ts';
import { designSpace, type UncertainInput } from './design-space.ts';
import { compileModel } from './fast-model.ts';
import { failureLog, type Failures } from './failure-log.ts';
import { checkpoint, chunkSize, type RunOptions } from './progress.ts';
import { createRandom } from './random.ts';
import { byRank, createTally, type UncertaintyRow } from './rank-tally.ts';
import { runDesigns, type RunDesigns } from './run-designs.ts';
import type { UncertaintySpec } from './uncertainty-spec.ts';

/** The outcome of a Monte Carlo uncertainty analysis. */
export interface UncertaintyResult {
  runs: number;
  seed: number | string;
  inputs: UncertainInput[];
  /** One row per unit, ordered by nominal rank (unranked last). */
  rows: UncertaintyRow[];
  /** Runs that could not be scored (never silently NaN): how many and why. */
  failed: Failures;
  designs: RunDesigns;
  provenance: Provenance;
}

/**
 * Monte Carlo uncertainty analysis: `spec.runs` runs, each drawing one number in [0, 1) per
 * uncertain input from `createRandom(spec.seed)` (inputs in `designSpace` order), scoring that
 * design through the fast model (same ranks as `score()`), and tallying each unit's ranks and tiers.
 * Throws a ScoringError when the scenario itself does not fit the dataset, and a CancelledError
 * (no partial result) when `options.signal` is aborted; failed runs are counted in `failed`.
 * @example runUncertainty(edition2020.dataset, defaultScenario, uncertaintySpecSchema.parse({ weightNoise: { pillars: 0.25 } }))
 */
export function runUncertainty(
  dataset: Dataset,
  scenario: Scenario,
  spec: UncertaintySpec,
  options: RunOptions = {},
): UncertaintyResult {
  const nominal = score(dataset, scenario);
  const space = designSpace(nominal, spec);
  const model = compileModel(dataset, scenario, nominal, space);
  const random = createRandom(spec.seed);
  const { runs } = spec;
  const width = space.inputs.length;
  const points = new Float64Array(runs * width);
  const failedRuns = new Uint8Array(runs);
  const [point, ranks, tiers] = [
    new Float64Array(width),
    new Float64Array(model.units),
    new Uint8Array(model.units),
  ];
  const tally = createTally(model.units);
  const failures = failureLog();
  const chunk = chunkSize(runs);
  for (let run = 0; run < runs; run++) {
    if (run % chunk === 0) checkpoint(options, run, runs);
    for (let k = 0; k < width; k++) points[run * width + k] = point[k] = random.next();
    const issue = model.evaluate(point, ranks, tiers);
    if (issue) {
      failedRuns[run] = 1;
      failures.add(issue);
    } else tally.add(ranks, tiers);
  }
  checkpoint(options, runs, runs);
  const nominalRanks = nominal.ranks[nominal.tree.root]!;
  const rows = tally.rows(nominal.unitIds, nominalRanks).sort((a, b) => byRank(a.nominal, b.nominal));
  return {
    runs,
    seed: spec.seed,
    inputs: space.inputs,
    rows,
    failed: failures.summary(),
    designs: runDesigns(space, points, failedRuns),
    provenance: nominal.provenance,
  };
}
