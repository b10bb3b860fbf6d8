import type { ViewRow } from './view-row';

/** Lower case without accents, so that "sao" finds "São" and "LONDON" finds "London". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/**
 * The rows whose English name, Chinese name or id contains the query (case and accents ignored);
 * every row for an empty query. Order is kept.
 * @example filterRows(rows, 'lon') // London
 */
export function filterRows(rows: readonly ViewRow[], query: string): ViewRow[] {
  const q = fold(query);
  if (q === '') return [...rows];
  return rows.filter((row) => [row.name, row.nameZh ?? '', row.city].some((text) => fold(text).includes(q)));
}
