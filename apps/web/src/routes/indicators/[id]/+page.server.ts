import { indicatorProfile } from '@smartcities/core';
import { cityNamesZh, edition } from '$lib/edition';
import { langFrom } from '$lib/i18n/lang';
import { defaultClaimRows } from '$lib/server/default-claims';
import { defaultResult } from '$lib/server/default-result';
import { findOr404 } from '$lib/server/find-or-404';

/** One indicator under the report's method: core's profile (note, ranking, weights, correlations) and the claims about it. */
export function load({ params, url }) {
  const lang = langFrom(url);
  const indicator = findOr404(edition.indicators, params.id, lang, 'indicator.notFound', '/indicators/');
  const result = defaultResult();
  const note = edition.report.indicatorNotes.find((n) => n.id === indicator.id);
  const pillar = edition.pillars.find((p) => p.id === indicator.pillar)!;
  return {
    indicator: { id: indicator.id, name: indicator.name, nameZh: indicator.nameZh },
    pillar: { id: pillar.id, name: pillar.name, nameZh: pillar.nameZh },
    profile: indicatorProfile(result, edition.dataset, indicator.id, note)!,
    siblings: edition.indicators
      .filter((i) => i.pillar === indicator.pillar)
      .map(({ id, name, nameZh }) => ({ id, name, nameZh })),
    claims: defaultClaimRows(lang, (row) => row.ranking === indicator.id),
    namesZh: cityNamesZh,
    provenance: result.provenance,
  };
}
