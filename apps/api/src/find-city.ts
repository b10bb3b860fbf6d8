import { didYouMean } from '@smartcities/core';
import { edition } from './edition.ts';
import { ApiProblem } from './problem.ts';

const ids = edition.cities.map((city) => city.id);

/** The edition's city with this id, or a 404 problem that suggests the closest id. */
export function findCity(id: string): (typeof edition.cities)[number] {
  const city = edition.cities.find((candidate) => candidate.id === id);
  if (city) return city;
  const guess = didYouMean(id, ids);
  const hint = guess ? `; did you mean "${guess}"?` : '; GET /v1/cities lists them';
  throw new ApiProblem(
    404,
    'unknown-city',
    `no city "${id}" in edition ${edition.ref.id}${hint}`,
    guess ? { suggestion: guess } : {},
  );
}
