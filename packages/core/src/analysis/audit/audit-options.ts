import { z } from 'zod';
import type { Issue } from '../../errors.ts';
import { toIssues } from '../../scenario/parse.ts';
import { seedSchema } from '../factors.ts';
import { wholeNumber } from '../whole-number.ts';

const whole = (field: string, min: number, max: number, fallback: number) =>
  wholeNumber(field, min, max).default(fallback);

/** The most work an audit may be asked for (the API applies tighter caps of its own). */
export const AUDIT_LIMITS = { runs: 20_000, samples: 4_096, bootstrap: 1_000 } as const;

/**
 * How much robustness work an audit does: Monte Carlo runs, Sobol base samples and bootstrap
 * resamples, the seed, and the ± share of weight noise on pillars and indicators.
 */
export const auditOptionsSchema = z
  .object({
    runs: whole('runs', 10, AUDIT_LIMITS.runs, 500),
    samples: whole('samples', 16, AUDIT_LIMITS.samples, 128),
    bootstrap: whole('bootstrap', 0, AUDIT_LIMITS.bootstrap, 100),
    seed: seedSchema,
    weightNoise: z.number().gt(0).max(1).default(0.25),
  })
  .strict();

/** Resolved audit options. */
export type AuditOptions = z.infer<typeof auditOptionsSchema>;

/** Validates untrusted audit options; never throws for bad input. */
export function parseAuditOptions(
  input: unknown,
): { ok: true; options: AuditOptions } | { ok: false; issues: Issue[] } {
  const parsed = auditOptionsSchema.safeParse(input ?? {});
  return parsed.success ? { ok: true, options: parsed.data } : { ok: false, issues: toIssues(parsed.error) };
}
