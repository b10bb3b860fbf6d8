import { indicators } from '@smartcities/data/editions/2020/indicators';

/**
 * Chinese names of the 2020 indicators by id, from the data package (imported alone so pages that
 * only need names do not load the whole edition); an unknown id falls back to its English name.
 */
export const indicatorNamesZh: Readonly<Record<string, string>> = Object.fromEntries(
  indicators.map((i) => [i.id, i.nameZh]),
);
