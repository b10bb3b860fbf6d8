import { printedOption } from '@smartcities/core';
import { cityNamesZh, edition } from '$lib/edition';
import { langFrom } from '$lib/i18n/lang';
import { groupMembers, groupOptions } from '$lib/report/groups';
import { defaultClaimRows } from '$lib/server/default-claims';
import { pillarColumns } from '$lib/pillar-columns';
import { viewRows } from '$lib/ranking/view-rows';
import { defaultIntervals } from '$lib/server/default-intervals';
import { defaultResult } from '$lib/server/default-result';
import { defaultRobustness } from '$lib/server/default-robustness';
import { UNCERTAINTY_RUNS, UNCERTAINTY_SEED, WEIGHT_NOISE } from '$lib/uncertainty-spec';

/** The report's ranking with the default rank intervals; sorting, search and language are read by the page from the URL. */
export function load({ url }) {
  const lang = langFrom(url);
  const result = defaultResult();
  return {
    rows: viewRows(result, edition.dataset, {
      namesZh: cityNamesZh,
      intervals: defaultIntervals(),
      ...printedOption(result, edition),
    }),
    columns: pillarColumns,
    tiers: { upper: result.tiers.upper, lower: result.tiers.lower },
    provenance: result.provenance,
    uncertainty: { runs: UNCERTAINTY_RUNS, seed: UNCERTAINTY_SEED, noise: WEIGHT_NOISE * 100 },
    // #14: the report's headline findings checked, and the city groups to filter by
    findings: defaultClaimRows(lang, (row) => ['summary', '1.4'].includes(row.place.section)),
    groups: { members: groupMembers(), options: groupOptions(lang) },
    robustness: defaultRobustness(),
  };
}
