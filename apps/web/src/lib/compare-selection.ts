/** A problem with the `?cities=` selection, named for the reader. */
export type CompareNotice = { kind: 'unknown'; id: string } | { kind: 'too-many' } | { kind: 'too-few' };

/** The most cities the comparison shows side by side. */
export const MAX_COMPARED = 4;

/**
 * The cities to compare from `?cities=a,b,c` (or repeated `cities` from the picker form): known ids
 * only, duplicates dropped, at most four, in the order given; every problem reported as a notice.
 * @example compareSelection(new URLSearchParams('cities=london,paris'), ids).ids // ['london', 'paris']
 */
export function compareSelection(
  params: URLSearchParams,
  known: readonly string[],
): { ids: string[]; notices: CompareNotice[] } {
  const asked = [
    ...new Set(
      params
        .getAll('cities')
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
  const notices: CompareNotice[] = asked
    .filter((id) => !known.includes(id))
    .map((id) => ({ kind: 'unknown', id }));
  let ids = asked.filter((id) => known.includes(id));
  if (ids.length > MAX_COMPARED) {
    ids = ids.slice(0, MAX_COMPARED);
    notices.push({ kind: 'too-many' });
  }
  if (ids.length < 2) notices.push({ kind: 'too-few' });
  return { ids, notices };
}
