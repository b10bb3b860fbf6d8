import { z } from 'zod';
import { checkSomethingVaries, factorsShape, seedSchema, unknownField } from './factors.ts';
import { parseSpec, type SpecResult } from './parse-spec.ts';

const runsMessage = (issue: { input?: unknown }) =>
  `runs must be a whole number from 1 to 100000, got ${JSON.stringify(issue.input)}`;

const shape = {
  runs: z
    .number({ error: runsMessage })
    .int({ error: runsMessage })
    .min(1, { error: runsMessage })
    .max(100_000, { error: runsMessage })
    .default(1000),
  seed: seedSchema,
  ...factorsShape,
};

/**
 * What a Monte Carlo uncertainty analysis lets vary, and how many runs: pillar and/or indicator
 * weight noise (±share), normalisation and aggregation methods drawn from lists, one indicator
 * dropped per run. At least one input must vary.
 * @example uncertaintySpecSchema.parse({ runs: 10000, weightNoise: { pillars: 0.25 }, aggregation: ['arithmetic', 'geometric'] })
 */
export const uncertaintySpecSchema = z
  .strictObject(shape, { error: unknownField(Object.keys(shape)) })
  .superRefine(checkSomethingVaries);

/** A resolved uncertainty spec (defaults filled in). */
export type UncertaintySpec = z.infer<typeof uncertaintySpecSchema>;
/** What a user may write. */
export type UncertaintySpecInput = z.input<typeof uncertaintySpecSchema>;

/** Validates untrusted uncertainty spec input (through {@link parseSpec}); never throws for bad input. */
export const parseUncertaintySpec = (input: unknown): SpecResult<UncertaintySpec> =>
  parseSpec(uncertaintySpecSchema, input);
