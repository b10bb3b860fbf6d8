import { cities } from './cities.ts';
import { cityGroupNames } from './city-classes.ts';
import { indicators, pillars } from './framework.ts';

/** Display names for claim sentences, by kind and id: a plain object a page can send to the browser. */
export type NameTable = Record<'city' | 'node' | 'group' | 'tier', Record<string, string>>;

const tierNames = {
  leading: { en: 'Leading', zh: '引领型' },
  advanced: { en: 'Advanced', zh: '先进型' },
  following: { en: 'Following', zh: '追赶型' },
} as const;

/**
 * The names claims use in one language: cities, pillars and indicators (and `reputation`), city
 * groups and tiers, from the edition's English and Chinese names.
 * @example claimNames('zh').city.london // '伦敦'
 */
export function claimNames(lang: 'en' | 'zh'): NameTable {
  const local = (item: { name: string; nameZh: string }) => (lang === 'zh' ? item.nameZh : item.name);
  return {
    city: Object.fromEntries(cities.map((c) => [c.id, local(c)])),
    node: Object.fromEntries([...pillars, ...indicators].map((n) => [n.id, local(n)])),
    group: Object.fromEntries(Object.entries(cityGroupNames).map(([id, name]) => [id, name[lang]])),
    tier: Object.fromEntries(Object.entries(tierNames).map(([id, name]) => [id, name[lang]])),
  };
}
