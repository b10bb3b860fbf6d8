import type { Dataset } from '@smartcities/data/schema';
import type { Provenance } from '../result.ts';
import type { Scenario } from '../scenario/schema.ts';
import { score } from '../score.ts';
import { designSpace, type UncertainInput } from './design-space.ts';
import { compileModel } from './fast-model.ts';
import { failureLog, type Failures } from './failure-log.ts';
import type { RunOptions } from './progress.ts';
import { createRandom } from './random.ts';
import type { SensitivitySpec } from './sensitivity-spec.ts';
import { sobol } from './sobol.ts';

/** The Sobol indices of one uncertain input. */
export interface SensitivityRow {
  input: UncertainInput;
  first: number;
  total: number;
  /** Bootstrap percentile intervals at the spec's confidence (null without bootstrap). */
  firstInterval: [number, number] | null;
  totalInterval: [number, number] | null;
}

/** The outcome of a variance-based sensitivity analysis of the rank shift. */
export interface SensitivityResult {
  seed: number | string;
  samples: number;
  evaluations: number;
  /** Mean and variance of the output: the mean absolute rank shift against the nominal ranks. */
  meanShift: number;
  variance: number;
  rows: SensitivityRow[];
  /** Runs that could not be scored; each drops its base sample (`droppedSamples`) from the estimates. */
  failed: Failures & { droppedSamples: number };
  provenance: Provenance;
}

/**
 * Which uncertain inputs drive the ranking: Sobol first-order and total-effect indices (see
 * `sobol`) of the mean absolute rank shift of all units against their nominal ranks, with each
 * pillar weight, each indicator weight, the normalisation choice, the aggregation choice and the
 * dropped indicator as one input each (as `designSpace` lists them). Runs use the fast model.
 * Throws a ScoringError when the scenario itself does not fit, a CancelledError on abort.
 * @example runSensitivity(dataset, scenario, sensitivitySpecSchema.parse({ weightNoise: { pillars: 0.25 }, aggregation: ['arithmetic', 'geometric'] }))
 */
export function runSensitivity(
  dataset: Dataset,
  scenario: Scenario,
  spec: SensitivitySpec,
  options: RunOptions = {},
): SensitivityResult {
  const nominal = score(dataset, scenario);
  const space = designSpace(nominal, spec);
  const model = compileModel(dataset, scenario, nominal, space);
  const reference = nominal.ranks[nominal.tree.root]!;
  const [ranks, tiers] = [new Float64Array(model.units), new Uint8Array(model.units)];
  const failures = failureLog();
  const meanShift = (point: Float64Array): number => {
    const issue = model.evaluate(point, ranks, tiers);
    if (issue) return (failures.add(issue), NaN);
    let sum = 0,
      count = 0;
    for (let u = 0; u < ranks.length; u++) {
      if (Number.isNaN(ranks[u]!) || Number.isNaN(reference[u]!)) continue;
      sum += Math.abs(ranks[u]! - reference[u]!);
      count++;
    }
    return sum / count;
  };
  const result = sobol(
    meanShift,
    space.inputs.length,
    spec.samples,
    createRandom(spec.seed),
    spec.bootstrap,
    { ...options, confidence: spec.confidence },
  );
  const rows = space.inputs.map((input, i) => ({
    input,
    first: result.first[i]!,
    total: result.total[i]!,
    firstInterval: result.firstInterval?.[i] ?? null,
    totalInterval: result.totalInterval?.[i] ?? null,
  }));
  return {
    seed: spec.seed,
    samples: spec.samples,
    evaluations: result.evaluations,
    meanShift: result.mean,
    variance: result.variance,
    rows,
    failed: { ...failures.summary(), droppedSamples: result.failed },
    provenance: nominal.provenance,
  };
}
