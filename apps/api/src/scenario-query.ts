import { z } from '@hono/zod-openapi';
import {
  didYouMean,
  isScenarioParam,
  normalisationParamsSchema,
  scenarioFromQuery,
  type Scenario,
} from '@smartcities/core';
import type { Context } from 'hono';
import { ApiProblem } from './problem.ts';

const text = (description: string, example?: string) =>
  z
    .string()
    .optional()
    .openapi(example ? { description, example } : { description });

const normalisationParams = Object.fromEntries(
  Object.keys(normalisationParamsSchema.shape).map((key) => [
    `n.${key}`,
    text(`normalisation parameter ${key}`),
  ]),
);

/** The scenario's compact URL form as documented query parameters (read by core's scenarioFromQuery). */
export const scenarioParams = {
  n: text('normalisation method (default as-published)', 'min-max'),
  ...normalisationParams,
  a: text('aggregation method for every level (default arithmetic)', 'geometric'),
  'a.index': text('aggregation method of the index level'),
  'a.pillars': text('aggregation method of the pillar level'),
  'a.p': text('exponent of the generalised mean'),
  'a.min': text('minimum share of available children (0 to 1)'),
  'a.np': text('non-positive values under geometric/harmonic means: error or shift'),
  w: text('relative weights as id:weight,…', 'economy:2,innovation:0.5'),
  x: text('excluded node ids as id,…', 'open-data'),
  r: text('rescale: leader-100 (default) or none'),
  t: text('tier rule: mean-sd:k or quantile:lo,hi', 'quantile:0.25,0.75'),
  impute: text('imputation before normalising: none (default), mean, median or group-mean', 'mean'),
  'impute-group': text('grouping column of group-mean imputation (default: the unit group)'),
  'min-availability': text('leave out units with a smaller share of indicators observed (0 to 1)'),
  treat: text(
    "outlier treatment: none (default), coinr (COINr's Treat() default), coinr-plus, winsorise or log",
    'coinr',
  ),
};

function refuseUnknown(own: readonly string[], scenario: boolean) {
  const known = scenario ? [...own, ...Object.keys(scenarioParams)] : own;
  return (query: Record<string, unknown>, ctx: z.RefinementCtx) => {
    for (const key of Object.keys(query)) {
      if (known.includes(key) || (scenario && isScenarioParam(key))) continue;
      const guess = didYouMean(key, known);
      const hint = guess ? ` did you mean "${guess}"?` : '';
      const takes = [
        ...own,
        ...(scenario
          ? [
              'the scenario parameters n, n.<param>, a, a.<level>, a.p, a.min, a.np, w, x, r, t, impute, impute-group, min-availability, treat',
            ]
          : []),
      ];
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: `unknown query parameter "${key}";${hint} this route takes ${takes.join(', ') || 'no parameters'}`,
      });
    }
  };
}

/**
 * A query schema made of the route's own parameters plus the scenario's URL form; any other
 * parameter is refused with a did-you-mean (so `?pilar=` does not silently do nothing).
 */
export function withScenario<T extends z.ZodRawShape>(own: T) {
  return z
    .object({ ...own, ...scenarioParams })
    .catchall(z.string())
    .superRefine(refuseUnknown(Object.keys(own), true));
}

/** A query schema for routes without a scenario: only the route's own parameters are allowed. */
export function strictQuery<T extends z.ZodRawShape>(own: T) {
  return z
    .object(own)
    .catchall(z.string())
    .superRefine(refuseUnknown(Object.keys(own), false));
}

/** Reads the scenario from the request's query (its URL form); a bad scenario is a 400 naming the parameter. */
export function scenarioOf(c: Context): Scenario {
  const parsed = scenarioFromQuery(new URL(c.req.url).searchParams);
  if (parsed.ok) return parsed.scenario;
  const errors = parsed.issues.map((issue) => ({
    path: issue.path,
    message: issue.message,
    code: issue.code,
  }));
  throw new ApiProblem(
    400,
    'invalid-scenario',
    `the scenario in the query did not validate: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
    { errors },
  );
}
