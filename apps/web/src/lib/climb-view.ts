import type { TierName } from '@smartcities/core';

/** One goal of the "what it takes" section: reaching a rank or a tier. */
export interface ClimbGoal {
  target: { rank: number } | { tier: TierName };
  /** The cheapest combination found: its total raw points and each change; null when out of reach. */
  total: number | null;
  changes: { indicator: string; points: number }[];
  /** The indicator that reaches the goal alone with the fewest points, when one can. */
  easiest: { indicator: string; points: number } | null;
}

/** What a city needs to climb one rank and one tier; null where it is already at the top. */
export interface ClimbView {
  rank: ClimbGoal | null;
  tier: ClimbGoal | null;
}
