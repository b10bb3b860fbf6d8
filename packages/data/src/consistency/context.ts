import type { PublishedOverallRow } from '../schema/index.ts';
import type { ConsistencyInput } from './input.ts';

/** Lookups shared by the checks, all derived from the printed input. */
export interface Context {
  input: ConsistencyInput;
  /** The canonical name of a city id. */
  nameOf: (city: string) => string;
  /** The city a printed label names (canonical name or known variant), if any. */
  resolve: (label: string) => string | undefined;
  /** Printed pillar score per pillar and city, the city taken from the pillar table's row label. */
  pillarScore: (pillar: string, city: string) => number | undefined;
  /** The one city whose pillar scores equal an overall row's five pillar columns, if exactly one does. */
  overallCity: (row: PublishedOverallRow) => string | undefined;
}

function pillarScores(
  input: ConsistencyInput,
  resolve: Context['resolve'],
): Map<string, Map<string, number>> {
  const scores = new Map<string, Map<string, number>>();
  for (const table of input.published.pillars) {
    const byCity = new Map<string, number>();
    for (const row of table.rows) {
      const city = resolve(row.label);
      if (city !== undefined) byCity.set(city, row.score);
    }
    scores.set(table.pillar, byCity);
  }
  return scores;
}

/** Builds the shared lookups. */
export function buildContext(input: ConsistencyInput): Context {
  const byName = new Map(input.cities.map((city) => [city.name, city.id]));
  const names = new Map(input.cities.map((city) => [city.id, city.name]));
  const resolve = (label: string): string | undefined => byName.get(label) ?? input.aliases[label];
  const scores = pillarScores(input, resolve);
  const pillarScore = (pillar: string, city: string): number | undefined => scores.get(pillar)?.get(city);
  const overallCity = (row: PublishedOverallRow): string | undefined => {
    const matches = input.cities.filter((city) =>
      Object.entries(row.pillars).every(([pillar, value]) => pillarScore(pillar, city.id) === value),
    );
    return matches.length === 1 ? matches[0]?.id : undefined;
  };
  return { input, nameOf: (city) => names.get(city) ?? city, resolve, pillarScore, overallCity };
}
