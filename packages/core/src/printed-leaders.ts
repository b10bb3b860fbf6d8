import type { PublishedFigures } from './published-figures.ts';

/**
 * The best printed score of each pillar across cities (the "leader" a profile shows beside a
 * city's score), so that under the report's method the leader's figure is the digits printed for
 * the leading city, not its recomputation.
 * @example printedLeaders(printedOption(result, edition2020).published!).economy // 89.6 (New York, printed)
 */
export function printedLeaders(
  published: Readonly<Record<string, PublishedFigures>>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const figures of Object.values(published))
    for (const [pillar, score] of Object.entries(figures.pillars))
      if (Number.isFinite(score)) out[pillar] = Math.max(out[pillar] ?? -Infinity, score);
  return out;
}
