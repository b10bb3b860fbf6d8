import type { Context } from 'hono';
import type { z } from '@hono/zod-openapi';
import { ApiProblem, type ProblemDetail } from './problem.ts';

type Target = 'query' | 'param' | 'json' | 'form' | 'header' | 'cookie';

/** Where a zod issue points, as a user would write it: `?pillar`, `{id}`, `scenario.weights.economy`. */
function pathOf(target: Target, path: readonly PropertyKey[]): string {
  const dotted = path.map(String).join('.');
  if (target === 'query') return `?${dotted}`;
  if (target === 'param') return `{${dotted}}`;
  if (target === 'header') return `header ${dotted}`;
  return dotted || '(body)';
}

/** Every zod issue as a problem detail naming its place. */
export function problemDetails(target: Target, error: z.ZodError): ProblemDetail[] {
  return error.issues.map((issue) => ({
    path: pathOf(target, issue.path),
    message: issue.message,
    code: issue.code,
  }));
}

/**
 * The zod-openapi default hook: a request that fails its route's schema becomes a problem,
 * 400 for query and path parameters, 422 for a body that parsed but does not validate.
 */
export function validationHook(
  result: { target: Target } & ({ success: true } | { success: false; error: z.ZodError }),
  _c: Context,
): void {
  if (result.success) return;
  const errors = problemDetails(result.target, result.error);
  const where =
    result.target === 'json'
      ? 'the request body'
      : `the ${result.target === 'param' ? 'path' : result.target} parameters`;
  const status = result.target === 'json' || result.target === 'form' ? 422 : 400;
  throw new ApiProblem(
    status,
    status === 422 ? 'invalid-body' : 'invalid-parameters',
    `${where} did not validate: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
    { errors },
  );
}
