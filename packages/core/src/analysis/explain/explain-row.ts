import type { TierName } from '../../tiers/types.ts';
import type { IndicatorContribution } from './by-indicator.ts';
import type { Pass } from './passes.ts';
import type { Cutoffs, TierCrossing } from './tier-change.ts';
import type { ScoreResult } from '../../result.ts';

/** Why one unit moved between two scenarios. Null numbers: unscored on a side. */
export interface ExplainRow {
  unit: string;
  from: number | null;
  to: number | null;
  change: number | null;
  rankFrom: number | null;
  rankTo: number | null;
  /** Shapley value of every component (0 exactly for one that does not differ); sums to `change`. */
  contributions: Record<string, number> | null;
  /** Where both sides aggregate arithmetically: each indicator's part, summing to `change`. */
  byIndicator: IndicatorContribution[] | null;
  /** The same grouped by pillar (child of the index). */
  byPillar: Record<string, number> | null;
  /** Units it overtook. */
  passed: Pass[];
  /** Units that overtook it. */
  passedBy: Pass[];
  tierFrom: TierName | null;
  tierTo: TierName | null;
  tierCrossings: TierCrossing[];
}

/** The explanation of a change from one scenario (and dataset) to another. */
export interface Explanation {
  /** Every component name, in the order used. */
  components: string[];
  /** The components that differ between the two sides (the Shapley players). */
  differing: string[];
  /** How many scorings it took (2^k). */
  scorings: number;
  /** Units scored on both sides, in the `from` dataset's order. */
  unitIds: string[];
  rows: ExplainRow[];
  cutoffs: { from: Cutoffs; to: Cutoffs };
  from: ScoreResult;
  to: ScoreResult;
}
