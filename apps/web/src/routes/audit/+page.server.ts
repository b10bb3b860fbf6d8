import { defaultScenario, safeScore, scenarioFromQuery, scenarioToQuery } from '@smartcities/core';
import { edition } from '$lib/edition';
import { editionAudit } from '$lib/server/edition-audit';

/** The edition's audit under the scenario in the URL (the report's method when it has none or a bad one). */
export function load({ url }) {
  const parsed = scenarioFromQuery(url.searchParams);
  const scenario =
    parsed.ok && safeScore(edition.dataset, parsed.scenario).ok ? parsed.scenario : defaultScenario;
  return {
    audit: editionAudit(scenario),
    query: scenarioToQuery(scenario),
    issues: parsed.ok ? [] : parsed.issues,
    namesZh: Object.fromEntries(edition.cities.map((c) => [c.id, c.nameZh])),
  };
}
