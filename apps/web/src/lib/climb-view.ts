import type { TierName } from '@smartcities/core';

/** What a city needs to climb, as the city page shows it: the target and the overall points missing. */
export interface ClimbView {
  /** Reaching the next rank up; null when the city is already first. */
  rank: { target: number; gap: number } | null;
  /** Reaching the next tier up; null when the city already leads. */
  tier: { target: TierName; gap: number } | null;
}
