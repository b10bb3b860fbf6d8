import type { Dataset } from '@smartcities/data/schema';
import type { ScoreResult } from '../../result.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { RunOptions } from '../progress.ts';
import type { UncertaintyRow } from '../rank-tally.ts';
import { removeOne } from '../remove-one.ts';
import { runSensitivity } from '../run-sensitivity.ts';
import { runUncertainty } from '../run-uncertainty.ts';
import { sensitivitySpecSchema } from '../sensitivity-spec.ts';
import { uncertaintySpecSchema } from '../uncertainty-spec.ts';
import type { AuditOptions } from './audit-options.ts';
import { lookFor } from './look-for.ts';

/** The audit's robustness section (every figure reproduces from `seed`). */
export interface RobustnessSection {
  lookFor: string;
  seed: number | string;
  weightNoise: number;
  /** Monte Carlo over pillar and indicator weights (± `weightNoise`): rank intervals and tier shares. */
  uncertainty: { runs: number; failed: number; rows: UncertaintyRow[] };
  /** Sobol indices of the mean absolute rank shift, with bootstrap intervals. */
  sensitivity: {
    samples: number;
    bootstrap: number;
    rows: {
      input: string;
      first: number;
      total: number;
      firstInterval: [number, number] | null;
      totalInterval: [number, number] | null;
    }[];
  };
  /** Rank shifts when one indicator or pillar is left out, largest mean shift first. */
  removeOne: {
    node: string;
    type: 'indicator' | 'aggregate';
    meanAbsoluteChange: number;
    maxAbsoluteChange: number;
  }[];
}

/** Uncertainty, sensitivity and remove-one analyses of the scenario, seeded. */
export function robustnessSection(
  dataset: Dataset,
  scenario: Scenario,
  result: ScoreResult,
  options: AuditOptions,
  run: RunOptions = {},
): RobustnessSection {
  const { seed, weightNoise: noise } = options;
  const weightNoise = { pillars: noise, ...(result.plan.indicators.length > 1 && { indicators: noise }) };
  const mc = runUncertainty(
    dataset,
    scenario,
    uncertaintySpecSchema.parse({ runs: options.runs, seed, weightNoise }),
    run,
  );
  const spec = sensitivitySpecSchema.parse({
    samples: options.samples,
    bootstrap: options.bootstrap,
    seed,
    weightNoise,
  });
  const sa = runSensitivity(dataset, scenario, spec, run);
  const shifts = removeOne(dataset, scenario).flatMap((row) =>
    row.ok
      ? [
          {
            node: row.node,
            type: row.type,
            meanAbsoluteChange: row.meanAbsoluteChange,
            maxAbsoluteChange: row.maxAbsoluteChange,
          },
        ]
      : [],
  );
  return {
    lookFor: lookFor.robustness,
    seed,
    weightNoise: noise,
    uncertainty: { runs: mc.runs, failed: mc.failed.count, rows: mc.rows },
    sensitivity: {
      samples: sa.samples,
      bootstrap: options.bootstrap,
      rows: sa.rows.map((r) => ({
        input: r.input.id,
        first: r.first,
        total: r.total,
        firstInterval: r.firstInterval,
        totalInterval: r.totalInterval,
      })),
    },
    removeOne: shifts.sort((a, b) => b.meanAbsoluteChange - a.meanAbsoluteChange),
  };
}
