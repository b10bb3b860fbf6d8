import { tierNames } from '@smartcities/core';
import { edition } from '$lib/edition';
import { defaultResult } from '$lib/server/default-result';
import { viewRows } from '$lib/ranking/view-rows';

/** The twenty cities with their position, score, rank and tier under the report's method. */
export function load() {
  const result = defaultResult();
  const rows = viewRows(result, edition.dataset);
  return {
    cities: edition.cities.map(({ id, name, nameZh, lat, lon }) => {
      const row = rows.find((r) => r.city === id)!;
      return { id, name, nameZh, lat, lon, score: row.score, rank: row.rank, tier: row.tier };
    }),
    tiers: tierNames,
    provenance: result.provenance,
  };
}
