import { groupMedian, groupRanks, groupsOf, similarCities, type ScoreResult } from '@smartcities/core';
import { edition } from '../edition';
import type { Lang } from '../i18n/lang';
import { localName } from '../i18n/local-name';
import type { CityPeers } from '../report/peers';

/** A city's region, development status, ranks and medians within its groups, and its nearest peers (all from core). */
export function cityPeers(result: ScoreResult, city: string, lang: Lang): CityPeers {
  const { cityGroups, cityGroupNames, cityClasses } = edition.report;
  const found = cityClasses.find((c) => c.city === city)!;
  const root = result.tree.root;
  const groups = groupsOf(city, cityGroups).map((id) => {
    const members = cityGroups[id]!;
    const place = groupRanks(result, root, members).find((p) => p.city === city);
    const name = cityGroupNames[id]?.[lang] ?? id;
    return {
      id,
      name,
      groupRank: place?.groupRank ?? null,
      size: members.length,
      median: groupMedian(result, root, members),
    };
  });
  const names = new Map<string, string>(edition.cities.map((c) => [c.id, localName(c, lang)]));
  return {
    region: found.region.name[lang],
    subregion: found.subregion.name[lang],
    status: cityGroupNames[found.status]?.[lang] ?? found.status,
    groups,
    similar: similarCities(result, city).map((s) => ({ ...s, name: names.get(s.city) ?? s.city })),
  };
}
