import {
  aggregationMethods,
  defaultScenario,
  normalisationMethods,
  printedOption,
  scenarioFromQuery,
} from '@smartcities/core';
import { defaultResult } from '$lib/server/default-result';
import { redirect } from '@sveltejs/kit';
import { cityNamesZh, edition, totalPillars } from '$lib/edition';
import { langFrom } from '$lib/i18n/lang';

import { groupMembers } from '$lib/report/groups';
import { withoutRedundantLevels } from '$lib/playground/edit';
import { formScenario, isFormSubmission } from '$lib/playground/form-scenario';
import { playgroundHref } from '$lib/playground/share';
import { uncertaintySpec } from '$lib/uncertainty-spec';

const frameworkWeights = Object.fromEntries(edition.dataset.framework.map((n) => [n.id, n.weight]));

/**
 * The playground's first render: the scenario from the URL (a no-JavaScript form submission is
 * redirected to its canonical URL), the dataset the browser scores, and the controls' choices.
 */
export function load({ url }) {
  const lang = langFrom(url);
  const fromForm = isFormSubmission(url.searchParams);
  const parsed = fromForm
    ? formScenario(url.searchParams, frameworkWeights)
    : scenarioFromQuery(url.searchParams);
  if (fromForm && parsed.ok) redirect(303, playgroundHref(withoutRedundantLevels(parsed.scenario), lang));
  return {
    published: printedOption(defaultResult(), edition).published,
    scenario: parsed.ok ? parsed.scenario : defaultScenario,
    issues: parsed.ok ? [] : parsed.issues,
    dataset: edition.dataset,
    namesZh: cityNamesZh,
    pillars: totalPillars.map(({ id, name, nameZh }) => ({
      id,
      name,
      nameZh,
      weight: frameworkWeights[id]!,
      indicators: edition.indicators
        .filter((i) => i.pillar === id)
        .map(({ id, name }) => ({ id, name, weight: frameworkWeights[id]! })),
    })),
    methods: { normalisation: normalisationMethods, aggregation: aggregationMethods },
    spec: uncertaintySpec,
    // #14: the report's claims, checked in the browser under the current scenario
    report: {
      claims: [...edition.report.claims],
      groups: groupMembers(),
      papers: edition.papers,
      names: edition.report.claimNames(lang),
    },
  };
}
