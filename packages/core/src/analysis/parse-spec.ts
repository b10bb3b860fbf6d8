import type { z } from 'zod';
import type { Issue } from '../errors.ts';
import { toIssues } from '../scenario/parse.ts';

/** The outcome of validating an analysis spec: the resolved spec, or every issue with its path. */
export type SpecResult<T> = { ok: true; spec: T } | { ok: false; issues: Issue[] };

/**
 * Validates untrusted analysis-spec input (missing input counts as `{}`) against `schema`; never
 * throws for bad input. Issues about the whole object are reported at `(spec)`.
 * @example parseSpec(uncertaintySpecSchema, { runs: 0 }) // { ok: false, issues: [{ path: 'runs', ... }] }
 */
export function parseSpec<S extends z.ZodType>(schema: S, input: unknown): SpecResult<z.output<S>> {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return { ok: true, spec: parsed.data };
  const issues = toIssues(parsed.error).map((issue) =>
    issue.path === '(scenario)' ? { ...issue, path: '(spec)' } : issue,
  );
  return { ok: false, issues };
}
