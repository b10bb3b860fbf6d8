import '../zod-jitless';
import {
  defaultScenario,
  scenarioFromQuery,
  scenarioToQuery,
  type Issue,
  type Scenario,
} from '@smartcities/core';

/** Most scenarios shown side by side, the report's method included. */
export const MAX_SCENARIOS = 4;

/** One compared scenario: its URL form, and the scenario or the issues that stop it. */
export interface ListedScenario {
  query: string;
  scenario: Scenario | null;
  issues: Issue[];
}

/**
 * The compared scenarios from the URL: the report's method first (always), then each non-empty
 * `s` parameter (a scenario's URL form), up to four in all; `dropped` counts those left out.
 * @example scenarioList(new URLSearchParams('s=a%3Dgeometric')) // report, then a=geometric
 */
export function scenarioList(params: URLSearchParams): { list: ListedScenario[]; dropped: number } {
  const asked = params
    .getAll('s')
    .map((q) => q.trim())
    .filter(Boolean);
  const list: ListedScenario[] = [{ query: '', scenario: defaultScenario, issues: [] }];
  for (const query of asked.slice(0, MAX_SCENARIOS - 1)) {
    const parsed = scenarioFromQuery(query);
    list.push(
      parsed.ok
        ? { query: scenarioToQuery(parsed.scenario), scenario: parsed.scenario, issues: [] }
        : { query, scenario: null, issues: parsed.issues },
    );
  }
  return { list, dropped: Math.max(0, asked.length - (MAX_SCENARIOS - 1)) };
}

/** The compare URL of a list of scenario URL forms (the report's method is implicit), a city and a language. */
export function compareHref(queries: readonly string[], city: string | undefined, lang: string): string {
  const params = new URLSearchParams();
  for (const query of queries) params.append('s', query);
  if (city) params.set('city', city);
  if (lang !== 'en') params.set('lang', lang);
  const text = params.toString();
  return text ? `/playground/compare?${text}` : '/playground/compare';
}
