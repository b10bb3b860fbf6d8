import { edition } from '../edition';
import type { Lang } from '../i18n/lang';

/** The city groups a reader can filter by, with names in a language: development status, then M49 regions. */
export function groupOptions(lang: Lang): { id: string; name: string }[] {
  return Object.keys(edition.report.cityGroups).map((id) => ({
    id,
    name: edition.report.cityGroupNames[id]?.[lang] ?? id,
  }));
}

/** The members of each group, by group id (plain data a page can send to the browser). */
export function groupMembers(): Record<string, string[]> {
  return Object.fromEntries(Object.entries(edition.report.cityGroups).map(([id, m]) => [id, [...m]]));
}

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
