/** The three tiers of the report, best first. */
export const tierNames = ['leading', 'advanced', 'following'] as const;

/** A tier name. */
export type TierName = (typeof tierNames)[number];

/** How units were split into tiers: the two cut-offs and each unit's tier (null when unscored). */
export interface TierAssignment {
  /** Scores above `upper` lead; scores at or below `lower` follow; the rest are advanced. */
  upper: number;
  lower: number;
  tiers: (TierName | null)[];
}

/** A tier rule: computes the two cut-offs from the index scores (NaN = unscored). */
export interface TierRule<P> {
  name: string;
  description: string;
  cutoffs(scores: Float64Array, params: P): { upper: number; lower: number };
}

/** Assigns tiers from cut-offs: above upper leading, at or below lower following, else advanced. */
export function classify(scores: Float64Array, upper: number, lower: number): TierAssignment {
  const tiers = Array.from(scores, (s): TierName | null => {
    if (Number.isNaN(s)) return null;
    if (s > upper) return 'leading';
    return s <= lower ? 'following' : 'advanced';
  });
  return { upper, lower, tiers };
}
