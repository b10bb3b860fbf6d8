import { competitionRank } from '../stats/competition-rank.ts';
import type { Context } from './context.ts';

type Ranks = ReadonlyMap<string, number>;

function ranksBy<Row>(
  rows: readonly Row[],
  cityOf: (row: Row) => string | undefined,
  rankOf: (row: Row) => number,
): Ranks {
  const entries: [string, number][] = [];
  for (const row of rows) {
    const city = cityOf(row);
    if (city !== undefined) entries.push([city, rankOf(row)]);
  }
  return new Map(entries);
}

function indicatorRanks(context: Context, indicator: string): Ranks {
  const cities = context.input.cities.map((city) => city.id);
  const ranks = competitionRank(cities.map((city) => context.input.values[city]?.[indicator] ?? Number.NaN));
  const ranked = cities.map((city, index) => ({ city, rank: ranks[index]! }));
  return ranksBy(
    ranked.filter((entry) => !Number.isNaN(entry.rank)),
    (entry) => entry.city,
    (entry) => entry.rank,
  );
}

/**
 * The ranks of a ranking the prose can refer to, by city: `overall` and the pillars use their printed
 * ranks, `reputation` table 2-6's printed ranks, and an indicator the competition ranks of its values.
 * An overall row is taken for the city its values identify, else for the city its label names.
 */
export function rankingRanks(context: Context, ranking: string): Ranks {
  const { overall, pillars, reputation } = context.input.published;
  if (ranking === 'overall') {
    return ranksBy(
      overall.rows,
      (row) => context.overallCity(row) ?? context.resolve(row.label),
      (row) => row.rank,
    );
  }
  if (ranking === 'reputation')
    return ranksBy(
      reputation.rows,
      (row) => context.resolve(row.label),
      (row) => row.reputationRank,
    );
  const table = pillars.find((candidate) => candidate.pillar === ranking);
  if (table === undefined) return indicatorRanks(context, ranking);
  return ranksBy(
    table.rows,
    (row) => context.resolve(row.label),
    (row) => row.rank,
  );
}
