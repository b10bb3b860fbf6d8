import { localName } from '../i18n/local-name';
import type { Lang } from '../i18n/lang';
import type { ViewRow } from './view-row';

/** Sort directions: `asc` is best first for scores and A to Z for names (a plain list: no zod on every page). */
export const sortDirs = ['asc', 'desc'] as const;

/** How a ranking table is ordered: by overall `rank`, by `name`, or by a pillar (child) id. */
export interface SortState {
  key: string;
  dir: (typeof sortDirs)[number];
}

/** Reads `?sort=` and `?dir=`; an unknown key or direction falls back to the overall rank, best first. */
export function sortFrom(params: URLSearchParams, keys: readonly string[]): SortState {
  const key = params.get('sort') ?? 'rank';
  const dir = sortDirs.find((d) => d === params.get('dir')) ?? 'asc';
  return { key: key === 'name' || keys.includes(key) ? key : 'rank', dir };
}

/**
 * A sorted copy of the rows. By rank (overall or of a pillar): best first, ties by overall rank,
 * then city id; unranked rows always last, whatever the direction. By name: the language's collation.
 */
export function sortRows(rows: readonly ViewRow[], { key, dir }: SortState, lang: Lang): ViewRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  if (key === 'name') {
    const collator = new Intl.Collator(lang === 'zh' ? 'zh-Hans-u-co-pinyin' : 'en');
    return [...rows].sort(
      (a, b) =>
        sign * collator.compare(localName({ id: a.city, ...a }, lang), localName({ id: b.city, ...b }, lang)),
    );
  }
  const rankOf = (row: ViewRow) => (key === 'rank' ? row.rank : (row.pillars[key]?.rank ?? null));
  return [...rows].sort((a, b) => {
    const [ra, rb] = [rankOf(a), rankOf(b)];
    if (ra === null || rb === null) return ra === rb ? 0 : ra === null ? 1 : -1;
    return sign * (ra - rb) || (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.city.localeCompare(b.city);
  });
}

/** The direction a header link should ask for: the opposite of the current one on the active key. */
export function nextDir(current: SortState, key: string): SortState['dir'] {
  return current.key === key && current.dir === 'asc' ? 'desc' : 'asc';
}
