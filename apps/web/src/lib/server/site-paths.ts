import { edition, totalPillars } from '../edition';

/** Every page of the site worth indexing, each city's and pillar's included. */
export function sitePaths(): string[] {
  return [
    '/',
    '/compare',
    '/playground',
    '/map',
    '/reputation',
    '/methodology',
    '/data',
    ...edition.cities.map((c) => `/cities/${c.id}`),
    ...totalPillars.map((p) => `/pillars/${p.id}`),
  ];
}
