import type { Claim } from '@smartcities/data/schema';

/** Looks up a display name: of a city, a framework node (or `reputation`), a group or a tier. */
export type NameOf = (kind: 'city' | 'node' | 'group' | 'tier', id: string) => string;

type Lang = 'en' | 'zh';
type Templates = { [K in Claim['kind']]: (claim: Extract<Claim, { kind: K }>, n: Names) => string };

interface Names {
  city: (id: string) => string;
  cities: (ids: readonly string[]) => string;
  on: (ranking: string) => string;
  group: (id: string) => string;
  tier: (id: string) => string;
}

const ordinalWords = ['first', 'second', 'third'];
const ordinal = (n: number): string =>
  ordinalWords[n - 1] ??
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

const en: Templates = {
  rank: (c, n) => `${n.city(c.city)} ranks ${ordinal(c.rank)} ${n.on(c.ranking)}`,
  'rank-range': (c, n) =>
    c.from === c.to
      ? `${n.cities(c.cities)} ${c.cities.length === 1 ? 'ranks' : 'rank'} ${ordinal(c.from)} ${n.on(c.ranking)}`
      : `${n.cities(c.cities)} ${c.cities.length === 1 ? 'ranks' : 'rank'} between ${c.from} and ${c.to} ${n.on(c.ranking)}`,
  leader: (c, n) => `${n.city(c.city)} leads ${n.on(c.ranking).replace(/^on /, '')}`,
  above: (c, n) => `${n.city(c.a)} ranks above ${n.city(c.b)} ${n.on(c.ranking)}`,
  tier: (c, n) =>
    `${n.cities(c.cities)} ${c.cities.length === 1 ? 'is' : 'are'} in the ${n.tier(c.tier)} tier`,
  'tier-count': (c, n) => `${c.count} cities are in the ${n.tier(c.tier)} tier`,
  'group-leader': (c, n) => `Among ${n.group(c.group)}, ${n.city(c.city)} ranks first ${n.on(c.ranking)}`,
  'group-top': (c, n) => `The top ${c.n} ${n.on(c.ranking)} all belong to ${n.group(c.group)}`,
  'group-median-above': (c, n) =>
    `The median ${n.on(c.ranking).replace(/^on /, '')} score of ${n.group(c.group)} is above that of ${n.group(c.than)}`,
  'reputation-gap': (c, n) =>
    c.extreme === 'largest'
      ? `${n.city(c.city)} has the largest lead of reputation rank over smart city rank`
      : `${n.city(c.city)} has the largest lag of reputation rank behind smart city rank`,
};

const zh: Templates = {
  rank: (c, n) => `${n.city(c.city)}${n.on(c.ranking)}排名第${c.rank}`,
  'rank-range': (c, n) =>
    c.from === c.to
      ? `${n.cities(c.cities)}${n.on(c.ranking)}排名第${c.from}`
      : `${n.cities(c.cities)}${n.on(c.ranking)}位列第${c.from}至${c.to}名`,
  leader: (c, n) => `${n.city(c.city)}${n.on(c.ranking)}排名第一`,
  above: (c, n) => `${n.city(c.a)}${n.on(c.ranking)}排名高于${n.city(c.b)}`,
  tier: (c, n) => `${n.cities(c.cities)}属于${n.tier(c.tier)}层级`,
  'tier-count': (c, n) => `${n.tier(c.tier)}层级有${c.count}个城市`,
  'group-leader': (c, n) => `在${n.group(c.group)}中，${n.city(c.city)}${n.on(c.ranking)}排名第一`,
  'group-top': (c, n) => `${n.on(c.ranking)}前${c.n}名均属于${n.group(c.group)}`,
  'group-median-above': (c, n) => `${n.on(c.ranking)}得分中位数：${n.group(c.group)}高于${n.group(c.than)}`,
  'reputation-gap': (c, n) =>
    c.extreme === 'largest'
      ? `${n.city(c.city)}的声誉排名领先其智慧城市排名最多`
      : `${n.city(c.city)}的声誉排名落后其智慧城市排名最多`,
};

function names(lang: Lang, nameOf: NameOf): Names {
  const city = (id: string) => nameOf('city', id);
  const list = (ids: readonly string[]) => ids.map(city);
  return {
    city,
    cities: (ids) =>
      lang === 'zh'
        ? list(ids).join('、')
        : ids.length === 1
          ? city(ids[0]!)
          : `${list(ids).slice(0, -1).join(', ')} and ${city(ids.at(-1)!)}`,
    on: (ranking) =>
      ranking === 'index'
        ? lang === 'zh'
          ? '在总排名中'
          : 'overall'
        : lang === 'zh'
          ? `在“${nameOf('node', ranking)}”上`
          : `on ${nameOf('node', ranking)}`,
    group: (id) => nameOf('group', id),
    tier: (id) => nameOf('tier', id),
  };
}

/**
 * A claim as a sentence in English or Chinese, built from its structure (never quoted from the
 * report); names come from `nameOf`.
 * @example describeClaim({ kind: 'rank', city: 'london', ranking: 'index', rank: 1, … }, 'en', nameOf) // "London ranks first overall"
 */
export function describeClaim(claim: Claim, lang: Lang, nameOf: NameOf): string {
  const template = (lang === 'zh' ? zh : en)[claim.kind] as (c: Claim, n: Names) => string;
  return template(claim, names(lang, nameOf));
}
