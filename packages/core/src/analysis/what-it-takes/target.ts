import { z } from 'zod';
import type { ScoreResult } from '../../result.ts';
import { tierNames, type TierName } from '../../tiers/types.ts';

const rankMessage = (issue: { input?: unknown }) =>
  `rank must be a whole number of 1 or more, got ${JSON.stringify(issue.input)}`;

/** What a city should reach: a rank (or better) or a tier (or better). */
export const targetSchema = z.union(
  [
    z.strictObject({
      rank: z.number({ error: rankMessage }).int({ error: rankMessage }).min(1, { error: rankMessage }),
    }),
    z.strictObject({
      tier: z.enum(tierNames, {
        error: (issue) => `tier must be one of ${tierNames.join(', ')}, got ${JSON.stringify(issue.input)}`,
      }),
    }),
  ],
  { error: 'a target is { rank: number } or { tier: "leading" | "advanced" | "following" }' },
);

/** A target. */
export type Target = z.infer<typeof targetSchema>;

/** Where a unit stands in a result: its index score, rank and tier (null when unscored). */
export interface Standing {
  score: number;
  rank: number;
  tier: TierName | null;
}

/** A unit's standing in a scored result. */
export function standingOf(result: ScoreResult, unit: number): Standing {
  const root = result.tree.root;
  return {
    score: result.scores[root]![unit]!,
    rank: result.ranks[root]![unit]!,
    tier: result.tiers.tiers[unit] ?? null,
  };
}

/** Whether a standing meets the target: rank at or above the target rank, or a tier at least as good. */
export function meets(standing: Standing, target: Target): boolean {
  if ('rank' in target) return standing.rank <= target.rank;
  return standing.tier !== null && tierNames.indexOf(standing.tier) <= tierNames.indexOf(target.tier);
}
