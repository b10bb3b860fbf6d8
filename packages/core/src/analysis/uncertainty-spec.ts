import { z } from 'zod';
import { checkSomethingVaries, factorsShape, seedSchema, unknownField } from './factors.ts';
import { parseSpec, type SpecResult } from './parse-spec.ts';
import { wholeNumber } from './whole-number.ts';

/** The most runs core accepts; a service may cap lower with `uncertaintySpecSchemaWithin`. */
export const MAX_RUNS = 100_000;

const shapeWithin = (max: number) => ({
  runs: wholeNumber('runs', 1, max).default(Math.min(1000, max)),
  seed: seedSchema,
  ...factorsShape,
});

/**
 * The uncertainty spec with a lower cap on `runs` (the default stays within it), for a service
 * that bounds the work one request may ask for; the schema's maximum is the enforced cap.
 * @example uncertaintySpecSchemaWithin({ runs: 2000 }).safeParse({ runs: 5000 }).success // false
 */
export function uncertaintySpecSchemaWithin(caps: { runs: number }) {
  const shape = shapeWithin(Math.min(caps.runs, MAX_RUNS));
  return z.strictObject(shape, { error: unknownField(Object.keys(shape)) }).superRefine(checkSomethingVaries);
}

/**
 * What a Monte Carlo uncertainty analysis lets vary, and how many runs: pillar and/or indicator
 * weight noise (±share), normalisation and aggregation methods drawn from lists, one indicator
 * dropped per run. At least one input must vary.
 * @example uncertaintySpecSchema.parse({ runs: 10000, weightNoise: { pillars: 0.25 }, aggregation: ['arithmetic', 'geometric'] })
 */
export const uncertaintySpecSchema = uncertaintySpecSchemaWithin({ runs: MAX_RUNS });

/** A resolved uncertainty spec (defaults filled in). */
export type UncertaintySpec = z.infer<typeof uncertaintySpecSchema>;
/** What a user may write. */
export type UncertaintySpecInput = z.input<typeof uncertaintySpecSchema>;

/** Validates untrusted uncertainty spec input (through {@link parseSpec}); never throws for bad input. */
export const parseUncertaintySpec = (input: unknown): SpecResult<UncertaintySpec> =>
  parseSpec(uncertaintySpecSchema, input);
