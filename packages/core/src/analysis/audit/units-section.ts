import { cell, type ScoreResult } from '../../result.ts';
import { nodeRanks } from '../../rows.ts';
import { lookFor } from './look-for.ts';

/** An indicator and the unit's competition rank on it. */
export interface IndicatorRank {
  indicator: string;
  rank: number;
}

/** One unit's standing: its index rank, its best and worst indicator ranks. */
export interface UnitAudit {
  unit: string;
  rank: number | null;
  strengths: IndicatorRank[];
  weaknesses: IndicatorRank[];
}

/** The audit's per-unit section. */
export interface UnitsSection {
  lookFor: string;
  rows: UnitAudit[];
}

/**
 * For each unit, its `count` best and worst indicators by competition rank on the normalised
 * values (ties: framework order; missing values are left out), in index-rank order.
 */
export function unitsSection(result: ScoreResult, count = 3): UnitsSection {
  const ids = result.plan.indicators;
  const ranks = ids.map((id) => nodeRanks(result, id)!);
  const index = result.ranks[result.tree.root]!;
  const rows = result.unitIds.map((unit, u): UnitAudit => {
    const ranked = ids
      .map((indicator, i) => ({ indicator, rank: ranks[i]![u]! }))
      .filter((r) => !Number.isNaN(r.rank));
    const best = [...ranked].sort((a, b) => a.rank - b.rank);
    const worst = [...ranked].sort((a, b) => b.rank - a.rank);
    return { unit, rank: cell(index, u), strengths: best.slice(0, count), weaknesses: worst.slice(0, count) };
  });
  rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  return { lookFor: lookFor.units, rows };
}
