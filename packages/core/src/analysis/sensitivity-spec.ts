import { z } from 'zod';
import { checkSomethingVaries, factorsShape, seedSchema, unknownField } from './factors.ts';
import { parseSpec, type SpecResult } from './parse-spec.ts';
import { wholeNumber } from './whole-number.ts';

const confidenceMessage = (issue: { input?: unknown }) =>
  `confidence must be a number above 0.5 and below 1 (e.g. 0.95), got ${JSON.stringify(issue.input)}`;

/** The most base samples and bootstrap resamples core accepts; a service may cap lower. */
export const MAX_SENSITIVITY = { samples: 65_536, bootstrap: 10_000 } as const;

const shapeWithin = (caps: { samples: number; bootstrap: number }) => ({
  /** Base samples N: the model runs N·(inputs + 2) times. */
  samples: wholeNumber('samples', 16, caps.samples).default(Math.min(1024, caps.samples)),
  /** Bootstrap resamples for the confidence intervals (0: none). */
  bootstrap: wholeNumber('bootstrap', 0, caps.bootstrap).default(Math.min(200, caps.bootstrap)),
  confidence: z
    .number({ error: confidenceMessage })
    .gt(0.5, { error: confidenceMessage })
    .lt(1, { error: confidenceMessage })
    .default(0.95),
  seed: seedSchema,
  ...factorsShape,
});

/**
 * The sensitivity spec with lower caps on `samples` and `bootstrap` (defaults stay within them),
 * for a service that bounds the work one request may ask for.
 * @example sensitivitySpecSchemaWithin({ samples: 512, bootstrap: 1000 }).parse({ weightNoise: { pillars: 0.2 } }).samples // 512
 */
export function sensitivitySpecSchemaWithin(caps: { samples: number; bootstrap: number }) {
  const shape = shapeWithin({
    samples: Math.min(caps.samples, MAX_SENSITIVITY.samples),
    bootstrap: Math.min(caps.bootstrap, MAX_SENSITIVITY.bootstrap),
  });
  return z.strictObject(shape, { error: unknownField(Object.keys(shape)) }).superRefine(checkSomethingVaries);
}

/**
 * A variance-based sensitivity analysis: the same uncertain inputs as the uncertainty analysis,
 * the number of base samples, bootstrap resamples and the confidence level of their intervals.
 * @example sensitivitySpecSchema.parse({ samples: 4096, weightNoise: { pillars: 0.25 }, aggregation: ['arithmetic', 'geometric'] })
 */
export const sensitivitySpecSchema = sensitivitySpecSchemaWithin(MAX_SENSITIVITY);

/** A resolved sensitivity spec (defaults filled in). */
export type SensitivitySpec = z.infer<typeof sensitivitySpecSchema>;
/** What a user may write. */
export type SensitivitySpecInput = z.input<typeof sensitivitySpecSchema>;

/** Validates untrusted sensitivity spec input (through {@link parseSpec}); never throws for bad input. */
export const parseSensitivitySpec = (input: unknown): SpecResult<SensitivitySpec> =>
  parseSpec(sensitivitySpecSchema, input);
