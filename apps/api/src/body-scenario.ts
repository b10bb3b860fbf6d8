import { z } from '@hono/zod-openapi';
import {
  isScenarioParam,
  parseScenario,
  scenarioFromQuery,
  type Issue,
  type Scenario,
} from '@smartcities/core';
import type { Context } from 'hono';
import { ApiProblem } from './problem.ts';
import { scenarioOf } from './scenario-query.ts';
import { scoreEdition } from './scored.ts';

/** The `scenario` member of a POST body: an object in core's scenario schema, or the URL form as one string. */
export const scenarioBodySchema = z
  .union([z.string(), z.record(z.string(), z.unknown())])
  .optional()
  .openapi({
    description:
      'the scenario: an object (core\'s scenario schema, e.g. {"aggregation":{"method":"geometric"}}) or its URL form ("a=geometric&w=economy:2"); it may instead be given as query parameters',
    example: 'a=geometric',
  });

/** Body scenario issues with their place: `scenario.weights.economy` (object) or `scenario ?w` (URL form). */
function invalid(issues: readonly Issue[], separator: '.' | ' '): ApiProblem {
  const place = (path: string) => (path === '(scenario)' ? 'scenario' : `scenario${separator}${path}`);
  const errors = issues.map((issue) => ({
    path: place(issue.path),
    message: issue.message,
    code: issue.code,
  }));
  return new ApiProblem(
    422,
    'invalid-scenario',
    `the scenario did not validate: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
    { errors },
  );
}

/**
 * The scenario of a POST on the edition: from the body's `scenario` (object or URL form), else
 * from the query; 400 when both are given, 422 when it does not validate or fit the edition.
 */
export function scenarioFor(c: Context, fromBody: string | Record<string, unknown> | undefined): Scenario {
  if (fromBody === undefined) {
    const scenario = scenarioOf(c);
    scoreEdition(scenario, 422);
    return scenario;
  }
  if ([...new URL(c.req.url).searchParams.keys()].some(isScenarioParam)) {
    throw new ApiProblem(
      400,
      'scenario-twice',
      'give the scenario once: in the body or as query parameters, not both',
    );
  }
  const parsed = typeof fromBody === 'string' ? scenarioFromQuery(fromBody) : parseScenario(fromBody);
  if (!parsed.ok) throw invalid(parsed.issues, typeof fromBody === 'string' ? ' ' : '.');
  scoreEdition(parsed.scenario, 422, 'scenario.');
  return parsed.scenario;
}
