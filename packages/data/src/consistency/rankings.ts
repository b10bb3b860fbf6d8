import { competitionRanks } from '../stats/competition-ranks.ts';
import type { Context } from './context.ts';

type Ranks = ReadonlyMap<string, number>;

function indicatorRanks(context: Context, indicator: string): Ranks {
  const cities = context.input.cities.map((city) => city.id);
  const ranks = competitionRanks(cities.map((city) => context.input.values[city]?.[indicator] ?? null));
  return new Map(cities.flatMap((city, index) => (ranks[index] == null ? [] : [[city, ranks[index]]])));
}

/**
 * The ranks of a ranking the prose can refer to, by city: `overall` and the pillars use their printed
 * ranks, `reputation` table 2-6's printed ranks, and an indicator the competition ranks of its values.
 */
export function rankingRanks(context: Context, ranking: string): Ranks {
  const { overall, pillars, reputation } = context.input.published;
  if (ranking === 'overall') {
    return new Map(overall.rows.flatMap((row) => { const city = context.overallCity(row); return city ? [[city, row.rank]] : []; }));
  }
  if (ranking === 'reputation') {
    return new Map(reputation.rows.flatMap((row) => { const city = context.resolve(row.label); return city ? [[city, row.reputationRank]] : []; }));
  }
  const table = pillars.find((candidate) => candidate.pillar === ranking);
  if (table === undefined) return indicatorRanks(context, ranking);
  return new Map(table.rows.flatMap((row) => { const city = context.resolve(row.label); return city ? [[city, row.rank]] : []; }));
}
