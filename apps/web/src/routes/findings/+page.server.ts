import { edition } from '$lib/edition';
import { langFrom } from '$lib/i18n/lang';
import { localName } from '$lib/i18n/local-name';
import { defaultClaimRows } from '$lib/server/default-claims';
import { defaultResult } from '$lib/server/default-result';

/** The report's method told whole, its conclusions and recommendations, and every claim checked under its method. */
export function load({ url }) {
  const lang = langFrom(url);
  const { notes, reputationMethod, classificationSources } = edition.report;
  return {
    notes: [...notes],
    reputation: reputationMethod,
    papers: edition.cities
      .map((c) => ({ city: c.id, label: localName(c, lang), papers: edition.papers[c.id] }))
      .sort((a, b) => b.papers - a.papers),
    sources: [...classificationSources],
    claims: defaultClaimRows(lang),
    provenance: defaultResult().provenance,
  };
}
