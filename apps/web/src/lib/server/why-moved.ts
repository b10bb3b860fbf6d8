import { defaultScenario, scenarioFromQuery, scenarioToQuery, ScoringError } from '@smartcities/core';
import { explain } from '@smartcities/core/analysis';
import { edition } from '$lib/edition';

/** What the city page says about a scenario in its URL: the scenario's URL form and the city's explanation. */
export interface WhyMoved {
  query: string;
  change: number | null;
  rankFrom: number | null;
  rankTo: number | null;
  contributions: Record<string, number> | null;
}

/**
 * The city's move from the report's method to the scenario in the page URL (the playground's
 * URL form), explained by core; null without a scenario, or when it does not apply.
 */
export function whyMoved(params: URLSearchParams, city: string): WhyMoved | null {
  const parsed = scenarioFromQuery(params);
  if (!parsed.ok) return null;
  const query = scenarioToQuery(parsed.scenario);
  if (query === '') return null;
  try {
    const row = explain(edition.dataset, defaultScenario, parsed.scenario, { unit: city }).rows[0]!;
    const { change, rankFrom, rankTo, contributions } = row;
    return { query, change, rankFrom, rankTo, contributions };
  } catch (error) {
    if (error instanceof ScoringError) return null;
    throw error;
  }
}
