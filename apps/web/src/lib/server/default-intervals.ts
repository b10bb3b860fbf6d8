import { defaultScenario } from '@smartcities/core';
import { runUncertainty } from '@smartcities/core/analysis';
import { edition } from '../edition';
import { rankIntervals, type RankIntervals } from '../ranking/rank-intervals';
import { uncertaintySpec } from '../uncertainty-spec';

let cached: RankIntervals | undefined;

/**
 * The 5th-95th percentile rank of every city under the default uncertainty analysis, computed once
 * per server process (lazily, on the first request) with the fixed seed: the same for every visitor.
 */
export function defaultIntervals(): RankIntervals {
  cached ??= rankIntervals(runUncertainty(edition.dataset, defaultScenario, uncertaintySpec));
  return cached;
}
