import { defaultScenario } from '@smartcities/core';
import { runUncertainty, type UncertaintyRow } from '@smartcities/core/analysis';
import { edition } from '../edition';
import { uncertaintySpec } from '../uncertainty-spec';

let cached: UncertaintyRow[] | undefined;

/**
 * Every city's rank statistics and tier shares under the default uncertainty analysis (the same
 * seeded spec as the rank intervals), computed once per server process.
 */
export function defaultRobustness(): UncertaintyRow[] {
  cached ??= runUncertainty(edition.dataset, defaultScenario, uncertaintySpec).rows;
  return cached;
}
