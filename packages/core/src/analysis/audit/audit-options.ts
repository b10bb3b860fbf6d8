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

/** The audit's work as text (command-line flags, query parameters), under the names people type. */
export type AuditText = Partial<Record<'runs' | 'samples' | 'bootstrap' | 'seed' | 'noise', string>>;

/** A decimal number written plainly (`500`, `0.25`, `-1`); anything else stays text for the schema to refuse. */
const decimal = (v: string | undefined) =>
  v !== undefined && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v;

/**
 * Audit options from text fields: numbers read as numbers, a seed as a whole number or else kept as
 * text; validated as `parseAuditOptions` does, each issue's path the name of the text field
 * (`noise` for the weight noise). Never throws for bad input.
 * @example parseAuditText({ runs: '200', noise: '0.1' }).ok // true
 */
export function parseAuditText(text: AuditText): ReturnType<typeof parseAuditOptions> {
  const input = {
    runs: decimal(text.runs),
    samples: decimal(text.samples),
    bootstrap: decimal(text.bootstrap),
    seed: text.seed !== undefined && /^-?\d+$/.test(text.seed) ? Number(text.seed) : text.seed,
    weightNoise: decimal(text.noise),
  };
  const parsed = parseAuditOptions(
    Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
  );
  if (parsed.ok) return parsed;
  const path = (p: string) => (p === 'weightNoise' ? 'noise' : p);
  return { ok: false, issues: parsed.issues.map((issue) => ({ ...issue, path: path(issue.path) })) };
}
