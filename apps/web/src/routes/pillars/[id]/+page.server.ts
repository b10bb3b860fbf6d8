import { printedOption } from '@smartcities/core';
import { cityNamesZh, edition, totalPillars } from '$lib/edition';
import { langFrom } from '$lib/i18n/lang';
import { viewRows } from '$lib/ranking/view-rows';
import { defaultClaimRows } from '$lib/server/default-claims';
import { defaultResult } from '$lib/server/default-result';
import { findOr404 } from '$lib/server/find-or-404';

/** One pillar's ranking under the report's method, with its indicators and their effective weights. */
export function load({ params, url }) {
  const pillar = findOr404(totalPillars, params.id, langFrom(url), 'pillar.notFound', '/pillars/');
  const result = defaultResult();
  const indicators = edition.indicators.filter((i) => i.pillar === pillar.id);
  return {
    pillar,
    rows: viewRows(result, edition.dataset, {
      node: pillar.id,
      namesZh: cityNamesZh,
      ...printedOption(result, edition),
    }),
    indicators: indicators.map((i) => ({ ...i, effectiveWeight: result.plan.effectiveWeights[i.id] ?? 0 })),
    columns: indicators.map(({ id, name }) => ({ id, name })),
    pillars: totalPillars.map(({ id, name, nameZh }) => ({ id, name, nameZh })),
    provenance: result.provenance,
    analysis: edition.report.notes.filter((n) => n.topic === 'analysis' && n.pillar === pillar.id),
    claims: defaultClaimRows(langFrom(url), (row) =>
      ([pillar.id, ...indicators.map((i) => i.id)] as string[]).includes(row.ranking ?? ''),
    ),
  };
}
