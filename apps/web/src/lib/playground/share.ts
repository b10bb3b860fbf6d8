import { scenarioToQuery, type Scenario } from '@smartcities/core';

/** The API request for the ranking under a scenario, relative to the site: `/api/v1/rankings?a=geometric`. */
export function apiQuery(scenario: Scenario): string {
  const query = scenarioToQuery(scenario);
  return query ? `/api/v1/rankings?${query}` : '/api/v1/rankings';
}

/** The CLI command that prints the same ranking: `smartcities rank --scenario 'a=geometric'`. */
export function cliCommand(scenario: Scenario): string {
  const query = scenarioToQuery(scenario);
  return query ? `smartcities rank --scenario '${query.replaceAll("'", "'\\''")}'` : 'smartcities rank';
}

/** The playground URL of a scenario in a language: the scenario's query, then `lang` when not English. */
export function playgroundHref(scenario: Scenario, lang: string): string {
  const query = [scenarioToQuery(scenario), lang === 'en' ? '' : `lang=${lang}`].filter(Boolean).join('&');
  return query ? `/playground?${query}` : '/playground';
}
