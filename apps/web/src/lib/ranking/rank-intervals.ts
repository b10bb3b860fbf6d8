/** Rank intervals by city id: the 5th and 95th percentile of each city's rank under uncertainty. */
export type RankIntervals = Record<string, { low: number; high: number }>;

/** The rank intervals of an uncertainty result, keyed by city (no statistic is computed here). */
export function rankIntervals(result: {
  rows: readonly { city: string; q05: number; q95: number }[];
}): RankIntervals {
  return Object.fromEntries(result.rows.map((row) => [row.city, { low: row.q05, high: row.q95 }]));
}
