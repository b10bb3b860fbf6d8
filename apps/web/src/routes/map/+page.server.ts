import { printedOption, tierNames } from '@smartcities/core';
import { edition } from '$lib/edition';
import { langFrom } from '$lib/i18n/lang';
import { groupMembers, groupOptions } from '$lib/report/groups';
import { defaultResult } from '$lib/server/default-result';
import { viewRows } from '$lib/ranking/view-rows';

/** The twenty cities with their position, score (as printed), rank and tier under the report's method. */
export function load({ url }) {
  const result = defaultResult();
  const rows = viewRows(result, edition.dataset, printedOption(result, edition));
  return {
    cities: edition.cities.map(({ id, name, nameZh, lat, lon }) => {
      const row = rows.find((r) => r.city === id)!;
      const score = row.published?.score ?? row.score;
      const printed = row.published && {
        score: row.published.score,
        tier: row.published.tier,
        notes: row.published.notes,
      };
      return {
        id,
        name,
        nameZh,
        lat,
        lon,
        score,
        computed: row.score,
        printed,
        rank: row.rank,
        tier: row.tier,
      };
    }),
    tiers: tierNames,
    provenance: result.provenance,
    groups: { members: groupMembers(), options: groupOptions(langFrom(url)) },
  };
}
