import type { Scenario } from './scenario/schema.ts';
import type { FrameworkTree } from './framework/tree.ts';
import type { Plan } from './plan.ts';
import type { DataLog } from './prepare/prepare-data.ts';
import type { TierAssignment } from './tiers/types.ts';

/** Where a result came from, so that any number can be traced and reproduced. */
export interface Provenance {
  edition: string;
  dataVersion: string;
  dataHash: string;
  scenarioHash: string;
  engineVersion: string;
}

/**
 * The outcome of scoring: columns in unit order (NaN = missing) for every active node
 * (indicators hold their normalised values), competition ranks of every aggregate and the
 * index, tiers, nominal effective weights, and provenance.
 */
export interface ScoreResult {
  provenance: Provenance;
  scenario: Scenario;
  unitIds: readonly string[];
  tree: FrameworkTree;
  plan: Plan;
  scores: Readonly<Record<string, Float64Array>>;
  ranks: Readonly<Record<string, Float64Array>>;
  tiers: TierAssignment;
  /** What the scenario's data steps did (absent when it has none); `unitIds` are the units kept. */
  data?: DataLog;
}

/** A number from a result column as JSON wants it: null for missing. */
export function cell(column: Float64Array | undefined, unit: number): number | null {
  const v = column?.[unit];
  return v === undefined || Number.isNaN(v) ? null : v;
}
