import { z } from '@hono/zod-openapi';
import { parseAuditText, type AuditOptions, type AuditText } from '@smartcities/core/analysis';
import type { ScoreResult } from '@smartcities/core';
import { MAX_AUDIT } from './limits.ts';
import { ApiProblem } from './problem.ts';
import { withScenario } from './scenario-query.ts';

const text = (description: string) => z.string().optional().openapi({ description });

/** The audit's query: its work (runs, samples, bootstrap, seed, noise), format and language, plus the scenario. */
export const auditQuery = withScenario({
  runs: text(`Monte Carlo runs (default 500, at most ${MAX_AUDIT.runs})`),
  samples: text(`Sobol base samples (default 128, at most ${MAX_AUDIT.samples})`),
  bootstrap: text(`bootstrap resamples of the Sobol intervals (default 100, at most ${MAX_AUDIT.bootstrap})`),
  seed: text('seed, a whole number or a text (default 1): the same seed gives the same audit'),
  noise: text('weight noise on pillars and indicators, ± share (default 0.25)'),
  format: z
    .enum(['json', 'html'])
    .optional()
    .openapi({ description: 'json (default) or html: the self-contained report' }),
  lang: z.enum(['en', 'zh']).optional().openapi({ description: 'language of the HTML report (default en)' }),
});

/** The audit options from the query, validated by core (400 naming the parameter), then capped (422). */
export function auditOptionsOf(query: AuditText): AuditOptions {
  const parsed = parseAuditText(query);
  if (!parsed.ok) {
    const errors = parsed.issues.map((i) => ({
      path: `?${i.path}`,
      message: i.message,
      code: i.code,
    }));
    throw new ApiProblem(400, 'invalid-parameters', errors.map((e) => `${e.path}: ${e.message}`).join('; '), {
      errors,
    });
  }
  for (const key of ['runs', 'samples', 'bootstrap'] as const)
    if (parsed.options[key] > MAX_AUDIT[key]) throw overCap(`?${key}`, parsed.options[key], MAX_AUDIT[key]);
  return parsed.options;
}

/** A 422 for an audit asking for more work than the API's cap (the CLI has none). */
function overCap(path: string, asked: number, cap: number): ApiProblem {
  const message = `${path.replace(/^\?/, '')} is capped at ${cap} in the API, got ${asked}; run larger audits with the CLI`;
  return new ApiProblem(422, 'over-cap', message, { errors: [{ path, message, code: 'over-cap' }] });
}

/** Refuses a Sobol design larger than the API's budget: samples × (weights varied + 2) evaluations. */
export function checkAuditBudget(result: ScoreResult, options: AuditOptions): void {
  const weights = result.plan.children.get(result.tree.root)!.ids.length + result.plan.indicators.length;
  const evaluations = options.samples * (weights + 2);
  if (evaluations > MAX_AUDIT.evaluations) throw overCap('?samples', evaluations, MAX_AUDIT.evaluations);
}
