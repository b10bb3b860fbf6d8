import { edition2020 } from '@smartcities/data';

/** The edition the explorer presents (the 2020 report). */
export const edition = edition2020;

/** Chinese city names by id. */
export const cityNamesZh: Readonly<Record<string, string>> = Object.fromEntries(
  edition.cities.map((c) => [c.id, c.nameZh]),
);

/** The pillars in the total, in the report's column order (the reference index left out). */
export const totalPillars = edition.pillars.filter((p) => p.inTotal);
