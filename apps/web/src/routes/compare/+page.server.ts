import { printedOption, profile } from '@smartcities/core';
import { compareSelection } from '$lib/compare-selection';
import { cityNamesZh, edition, totalPillars } from '$lib/edition';
import { frameworkOrder } from '$lib/framework-order';
import { defaultResult } from '$lib/server/default-result';

/** Two to four cities side by side: every pillar and indicator score and rank under the report's method. */
export function load({ url }) {
  const result = defaultResult();
  const { ids, notices } = compareSelection(url.searchParams, result.unitIds);
  const profiles = ids.map((id) => profile(result, edition.dataset, id)!);
  return {
    ids,
    notices,
    profiles,
    printed: printedOption(result, edition).published ?? {},
    cities: edition.cities.map(({ id, name, nameZh }) => ({ id, name, nameZh })),
    namesZh: { ...cityNamesZh, ...Object.fromEntries(edition.pillars.map((p) => [p.id, p.nameZh])) },
    root: result.tree.root,
    order: frameworkOrder(
      profiles[0]?.nodes ?? [],
      result.tree.root,
      totalPillars.map((p) => p.id),
    ).map((n) => n.id),
  };
}
