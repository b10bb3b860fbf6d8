import { lookupCity } from '@smartcities/core';
import { edition } from './edition.ts';
import { ApiProblem } from './problem.ts';

/**
 * The edition's city named by id, English or Chinese name, or printed alias (core's
 * `lookupCity`, as in the CLI), or a 404 problem that suggests the closest id.
 */
export function findCity(query: string): (typeof edition.cities)[number] {
  const found = lookupCity(query, edition.cities, edition.aliases);
  if (found.ok) return edition.cities.find((city) => city.id === found.id)!;
  const guess = found.suggestion;
  const hint = guess ? `; did you mean "${guess}"?` : '; GET /v1/cities lists them';
  throw new ApiProblem(
    404,
    'unknown-city',
    `no city "${query}" in edition ${edition.ref.id}${hint}`,
    guess ? { suggestion: guess } : {},
  );
}
