import type { z } from 'zod';
import type { Issue } from '../errors.ts';
import { scenarioSchema, type Scenario, type ScenarioInput } from './schema.ts';

/** The outcome of parsing untrusted scenario input: the scenario, or every issue with its field path. */
export type ParsedScenario = { ok: true; scenario: Scenario } | { ok: false; issues: Issue[] };

/** Turns zod issues into our issues, with dotted field paths such as `aggregation.method`. */
export function toIssues(error: z.ZodError, prefix = ''): Issue[] {
  return error.issues.map((issue) => ({
    code: issue.code,
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(scenario)',
    message: issue.message,
  }));
}

/**
 * Validates untrusted scenario input and fills in the defaults; never throws for bad input.
 * @example parseScenario({ aggregation: { method: 'geometric' } })
 */
export function parseScenario(input: unknown): ParsedScenario {
  const parsed = scenarioSchema.safeParse(input ?? {});
  return parsed.success ? { ok: true, scenario: parsed.data } : { ok: false, issues: toIssues(parsed.error) };
}

/**
 * Parses a scenario literal written in code: keeps it exactly typed without casts, validates it
 * and fills in the defaults (so it is not an identity function: the result is the full Scenario).
 * Throws on an invalid literal, which is a programmer error; use `parseScenario` for untrusted input.
 * @example const geometric = defineScenario({ aggregation: { method: 'geometric' } });
 */
export function defineScenario(input: ScenarioInput): Scenario {
  return scenarioSchema.parse(input);
}
