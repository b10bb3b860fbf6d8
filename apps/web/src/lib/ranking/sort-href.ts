import type { SortState } from './sort';

/** The current URL re-sorted: `sort` and `dir` set (defaults dropped), every other parameter kept. */
export function sortHref(url: URL, { key, dir }: SortState): string {
  const query = new URLSearchParams(url.searchParams);
  if (key === 'rank') query.delete('sort');
  else query.set('sort', key);
  if (dir === 'asc') query.delete('dir');
  else query.set('dir', dir);
  const text = query.toString();
  return text ? `${url.pathname}?${text}` : url.pathname;
}
