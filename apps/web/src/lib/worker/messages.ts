import type { Scenario } from '@smartcities/core';
import type { UncertaintySpec } from '@smartcities/core/analysis';
import type { Dataset } from '@smartcities/data/schema';
import type { RankIntervals } from '../ranking/rank-intervals';

/** What the page asks the uncertainty worker. */
export interface UncertaintyRequest {
  id: number;
  dataset: Dataset;
  scenario: Scenario;
  spec: UncertaintySpec;
}

/** The worker's answer: rank intervals, or why the analysis could not run. */
export type UncertaintyReply =
  { id: number; ok: true; intervals: RankIntervals } | { id: number; ok: false; message: string };
