import type { ColumnRole } from './column-role.ts';

/** Header prefixes that declare a column's role (COINr's conventions): groups, denominators, other data. */
const prefixes: readonly (readonly [string, ColumnRole])[] = [
  ['Group_', 'group'],
  ['Den_', 'meta'],
  ['x_', 'meta'],
];

const names: ReadonlyMap<string, ColumnRole> = new Map<string, ColumnRole>([
  ...['lat', 'latitude', 'lon', 'lng', 'long', 'longitude', 'easting', 'northing'].map(
    (name) => [name, 'coordinate'] as const,
  ),
  ...['code', 'iso', 'iso2', 'iso3', 'isoa2', 'isoa3', 'isocode', 'country', 'countrycode', 'geoid'].map(
    (name) => [name, 'code'] as const,
  ),
  ...['group', 'region', 'subregion', 'continent', 'incomegroup'].map((name) => [name, 'group'] as const),
  ...['year', 'time', 'date', 'population', 'pop'].map((name) => [name, 'meta'] as const),
  ...['score', 'rank', 'tier'].map((name) => [name, 'result'] as const),
]);

/** The role a header prefix (`Group_`, `Den_`, `x_`, as in COINr) declares, if any. */
export function declaredByPrefix(column: string): ColumnRole | undefined {
  return prefixes.find(([prefix]) => column.startsWith(prefix) && column.length > prefix.length)?.[1];
}

/**
 * The role a well-known header implies (bare `x` and `y` are too often indicators to be guessed), compared without case, spaces, `_` or `-`: coordinates
 * (`lat`, `longitude`, `easting`, ...), codes (`iso3`, `country`, ...), groups (`region`, `*_group`, ...),
 * other data (`year`, `population`, a name in another language such as `nameZh` or `name_fr`) and
 * results (`score`, `rank`, `tier`).
 * @example knownRole('Longitude') // 'coordinate'
 */
export function knownRole(column: string): ColumnRole | undefined {
  const plain = column.toLowerCase().replace(/[\s_-]/g, '');
  if (plain.length > 5 && plain.endsWith('group')) return 'group';
  if (/^name[a-z]{2}$/.test(plain)) return 'meta';
  return names.get(plain);
}
