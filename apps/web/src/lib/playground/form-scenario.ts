import '../zod-jitless';
import { scenarioFromQuery, type ParsedScenario } from '@smartcities/core';

/** The prefix of the playground's slider fields when the form is sent without JavaScript. */
export const WEIGHT_FIELD = 'weight-';

/** True when the query comes from the no-JavaScript form (it carries slider fields). */
export function isFormSubmission(params: URLSearchParams): boolean {
  return [...params.keys()].some((key) => key.startsWith(WEIGHT_FIELD));
}

/**
 * The scenario a submitted playground form describes: the method fields are scenario parameters
 * already; slider fields `weight-<id>` become `w`, keeping only weights that differ from the
 * framework's (`defaults`); empty method fields mean "as the report".
 */
export function formScenario(
  params: URLSearchParams,
  defaults: Readonly<Record<string, number>>,
): ParsedScenario {
  const query = new URLSearchParams();
  const weights: string[] = [];
  for (const [key, value] of params) {
    if (key.startsWith(WEIGHT_FIELD)) {
      const id = key.slice(WEIGHT_FIELD.length);
      if (Number(value) !== defaults[id]) weights.push(`${id}:${value}`);
    } else if (value !== '') query.append(key, value);
  }
  if (weights.length > 0) query.set('w', weights.join(','));
  return scenarioFromQuery(query);
}
