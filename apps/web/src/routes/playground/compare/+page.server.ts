import { printedOption } from '@smartcities/core';
import { cityNamesZh, edition } from '$lib/edition';
import { defaultResult } from '$lib/server/default-result';
import { scenarioList } from '$lib/scenario-compare/scenario-list';

/**
 * The compare mode's first render: the scenarios from the URL (`s`, each a URL form; the
 * report's method is always A), the chosen city, and the dataset the page scores.
 */
export function load({ url }) {
  const { list, dropped } = scenarioList(url.searchParams);
  const asked = url.searchParams.get('city') ?? '';
  const city = edition.dataset.units.some((u) => u.id === asked) ? asked : 'tokyo';
  return {
    list,
    dropped,
    city,
    dataset: edition.dataset,
    namesZh: cityNamesZh,
    /** What the report prints, shown in the columns of scenarios that use its method. */
    published: printedOption(defaultResult(), edition).published ?? {},
    pillarNamesZh: Object.fromEntries(edition.pillars.map((p) => [p.id, p.nameZh])),
  };
}
