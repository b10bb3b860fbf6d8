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
