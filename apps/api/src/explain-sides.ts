import { parseScenario, scenarioFromQuery, type Issue, type Scenario } from '@smartcities/core';
import { defaultScenario } from '@smartcities/core';
import { ApiProblem } from './problem.ts';

/**
 * One side of an explanation from a URL form (`a=geometric&w=economy:2`) or, in a body, a scenario
 * object; missing is the report's method. Problems name the side (`?from a`, `from.weights`).
 */
export function sideScenario(
  value: string | Record<string, unknown> | undefined,
  place: string,
  status: 400 | 422,
): Scenario {
  if (value === undefined) return defaultScenario;
  const parsed = typeof value === 'string' ? scenarioFromQuery(value) : parseScenario(value);
  if (parsed.ok) return parsed.scenario;
  const separator = typeof value === 'string' ? ' ' : '.';
  throw invalidSide(parsed.issues, (path) => `${place}${separator}${path}`, status);
}

function invalidSide(
  issues: readonly Issue[],
  place: (path: string) => string,
  status: 400 | 422,
): ApiProblem {
  const errors = issues.map((issue) => ({
    path: place(issue.path),
    message: issue.message,
    code: issue.code,
  }));
  return new ApiProblem(
    status,
    'invalid-scenario',
    `the scenario did not validate: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
    { errors },
  );
}
