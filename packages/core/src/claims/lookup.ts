import { cell, type ScoreResult } from '../result.ts';
import { reputation } from '../reputation.ts';
import { nodeRanks } from '../rows.ts';
import type { ClaimContext } from './types.ts';

/** Ranks of every unit on a ranking (a node, or `reputation` from the paper counts); undefined when not in play. */
export function ranksOn(
  result: ScoreResult,
  ranking: string,
  context: ClaimContext,
): Float64Array | undefined {
  if (ranking === 'reputation') {
    if (!context.papers) return undefined;
    const rows = new Map(reputation(context.papers, result).rows.map((r) => [r.city, r.reputationRank]));
    return Float64Array.from(result.unitIds, (id) => rows.get(id) ?? NaN);
  }
  if (!result.plan.indicators.includes(ranking) && !result.plan.aggregates.includes(ranking))
    return undefined;
  return nodeRanks(result, ranking);
}

/** The rank of each city on the ranking, null for a city not in the result or unranked. */
export function ranksOf(
  ranks: Float64Array,
  result: ScoreResult,
  cities: readonly string[],
): Record<string, number | null> {
  return Object.fromEntries(cities.map((city) => [city, cell(ranks, result.unitIds.indexOf(city))]));
}
