import type { PrintedRow, TierName } from '@smartcities/core';

/** One city row as the pages show it: the engine's ranking row plus names and an optional rank interval. */
export interface ViewRow {
  rank: number | null;
  city: string;
  name: string;
  nameZh?: string | undefined;
  score: number | null;
  tier: TierName | null;
  change?: number | null | undefined;
  pillars: Record<string, { score: number | null; rank: number | null }>;
  /** What the report prints, under the report's method only (core's PrintedRow). */
  published?: PrintedRow | undefined;
  /** 5th and 95th percentile of the rank under uncertainty, when computed. */
  interval?: { low: number; high: number } | undefined;
}
