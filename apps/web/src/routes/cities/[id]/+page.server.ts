import { printedLeaders, printedOption, profile, publishedReputation } from '@smartcities/core';
import { cityNamesZh, edition, totalPillars } from '$lib/edition';
import { frameworkOrder } from '$lib/framework-order';
import { langFrom } from '$lib/i18n/lang';
import { cityPeers } from '$lib/server/city-peers';
import { climb } from '$lib/server/climb';
import { defaultIntervals } from '$lib/server/default-intervals';
import { defaultReputation } from '$lib/server/default-reputation';
import { defaultResult } from '$lib/server/default-result';
import { defaultRobustness } from '$lib/server/default-robustness';
import { defaultVerification } from '$lib/server/default-verification';
import { UNCERTAINTY_RUNS } from '$lib/uncertainty-spec';
import { findOr404 } from '$lib/server/find-or-404';
import { whyMoved } from '$lib/server/why-moved';

/** One city's profile under the report's method: pillars and indicators against the median, reputation, case study, what it takes. */
export function load({ params, url }) {
  const city = findOr404(edition.cities, params.id, langFrom(url), 'city.notFound', '/cities/');
  const result = defaultResult();
  const view = profile(result, edition.dataset, city.id)!;
  return {
    city,
    profile: view,
    total: result.unitIds.length,
    pillars: frameworkOrder(
      view.nodes,
      result.tree.root,
      totalPillars.map((p) => p.id),
    ).filter((n) => n.parent === result.tree.root),
    indicators: view.nodes.filter((n) => n.type === 'indicator'),
    pillarNamesZh: Object.fromEntries(edition.pillars.map((p) => [p.id, p.nameZh])),
    interval: defaultIntervals()[city.id],
    robustness: { row: defaultRobustness().find((r) => r.city === city.id), runs: UNCERTAINTY_RUNS },
    reputation: defaultReputation().rows.find((r) => r.city === city.id),
    /** The city's row of table 2-6 as printed (the page is the report's method). */
    printedReputation: publishedReputation(defaultVerification())[city.id],
    caseStudies: edition.caseStudies.filter((c) => c.city === city.id),
    climb: climb(city.id),
    namesZh: cityNamesZh,
    provenance: result.provenance,
    why: whyMoved(url.searchParams, city.id),
    printed: printedOption(result, edition).published?.[city.id],
    /** Each pillar's best printed score (the report's method only), the leader the pillar table shows. */
    printedLeaders: printedLeaders(printedOption(result, edition).published ?? {}),
    peers: cityPeers(result, city.id, langFrom(url)),
  };
}
