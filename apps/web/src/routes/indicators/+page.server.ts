import { cityNamesZh, edition } from '$lib/edition';
import { heatmapRows } from '$lib/report/heatmap-rows';
import { defaultResult } from '$lib/server/default-result';

/** The 20 × 21 printed values with each city's rank per indicator, under the report's method. */
export function load() {
  const result = defaultResult();
  const ids = edition.indicators.map((i) => i.id);
  return {
    rows: heatmapRows(result, edition.dataset, ids, cityNamesZh),
    columns: edition.indicators.map(({ id, name, nameZh, pillar }) => ({ id, name, nameZh, pillar })),
    provenance: result.provenance,
  };
}
