/**
 * Keeps the items whose city is in the group; all items for no group or an unknown one.
 * @example inGroup(rows, groups, 'developing', (r) => r.city)
 */
export function inGroup<T>(
  items: readonly T[],
  groups: Readonly<Record<string, readonly string[]>>,
  group: string | null,
  cityOf: (item: T) => string,
): T[] {
  const members = group ? groups[group] : undefined;
  return members ? items.filter((item) => members.includes(cityOf(item))) : [...items];
}
