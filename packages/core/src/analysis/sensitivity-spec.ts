import { z } from 'zod';
import { checkSomethingVaries, factorsShape, seedSchema, unknownField } from './factors.ts';
import { parseSpec, type SpecResult } from './parse-spec.ts';

const whole = (field: string, min: number, max: number) => {
  const message = (issue: { input?: unknown }) =>
    `${field} must be a whole number from ${min} to ${max}, got ${JSON.stringify(issue.input)}`;
  return z
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message });
};

const confidenceMessage = (issue: { input?: unknown }) =>
  `confidence must be a number above 0.5 and below 1 (e.g. 0.95), got ${JSON.stringify(issue.input)}`;

const shape = {
  /** Base samples N: the model runs N·(inputs + 2) times. */
  samples: whole('samples', 16, 65_536).default(1024),
  /** Bootstrap resamples for the confidence intervals (0: none). */
  bootstrap: whole('bootstrap', 0, 10_000).default(200),
  confidence: z
    .number({ error: confidenceMessage })
    .gt(0.5, { error: confidenceMessage })
    .lt(1, { error: confidenceMessage })
    .default(0.95),
  seed: seedSchema,
  ...factorsShape,
};

/**
 * A variance-based sensitivity analysis: the same uncertain inputs as the uncertainty analysis,
 * the number of base samples, bootstrap resamples and the confidence level of their intervals.
 * @example sensitivitySpecSchema.parse({ samples: 4096, weightNoise: { pillars: 0.25 }, aggregation: ['arithmetic', 'geometric'] })
 */
export const sensitivitySpecSchema = z
  .strictObject(shape, { error: unknownField(Object.keys(shape)) })
  .superRefine(checkSomethingVaries);

/** A resolved sensitivity spec (defaults filled in). */
export type SensitivitySpec = z.infer<typeof sensitivitySpecSchema>;
/** What a user may write. */
export type SensitivitySpecInput = z.input<typeof sensitivitySpecSchema>;

/** Validates untrusted sensitivity spec input (through {@link parseSpec}); never throws for bad input. */
export const parseSensitivitySpec = (input: unknown): SpecResult<SensitivitySpec> =>
  parseSpec(sensitivitySpecSchema, input);
