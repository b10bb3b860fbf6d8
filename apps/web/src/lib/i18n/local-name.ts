import { indicatorNamesZh } from './indicator-names-zh';
import type { Lang } from './lang';

/** Anything with an English name and perhaps a Chinese one (cities, pillars, framework nodes). */
export interface Named {
  id: string;
  name: string;
  nameZh?: string | undefined;
}

/**
 * The name to show in a language: the Chinese name when asked for and known (from the item, or
 * the indicator table), else the English name. Names are plain text: render them with `{…}`.
 * @example localName({ id: 'london', name: 'London', nameZh: '伦敦' }, 'zh') // "伦敦"
 */
export function localName(item: Named, lang: Lang): string {
  if (lang === 'en') return item.name;
  return item.nameZh ?? indicatorNamesZh[item.id] ?? item.name;
}
