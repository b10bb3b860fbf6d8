import { z } from '@hono/zod-openapi';
import { provenanceSchema } from './provenance.ts';

/** One uncertain input of an analysis: a weight, the normalisation or aggregation choice, or the dropped indicator. */
export const uncertainInputSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['weight', 'normalisation', 'aggregation', 'drop']),
    node: z.string().optional(),
    parent: z.string().optional(),
    noise: z.number().optional(),
    options: z.array(z.string()).optional(),
  })
  .openapi('UncertainInput');

/** Runs that could not be scored, and why. */
export const failuresSchema = z.object({
  count: z.number().int(),
  reasons: z.array(
    z.object({ code: z.string(), path: z.string(), message: z.string(), runs: z.number().int() }),
  ),
});

const rank = z.number().nullable();
const share = z.number().nullable();

/** A Monte Carlo uncertainty analysis (core's runUncertainty, without the per-run designs). */
export const uncertaintySchema = z
  .object({
    provenance: provenanceSchema,
    runs: z.number().int(),
    seed: z.union([z.number(), z.string()]),
    inputs: z.array(uncertainInputSchema),
    rows: z.array(
      z
        .object({
          city: z.string(),
          nominal: rank,
          mean: rank,
          median: rank,
          q05: rank,
          q95: rank,
          tiers: z
            .object({ leading: share, advanced: share, following: share })
            .openapi({ description: 'share of runs in each tier; null when no run succeeded' }),
        })
        .openapi('UncertaintyRow'),
    ),
    failed: failuresSchema,
  })
  .openapi('Uncertainty');

const interval = z.tuple([z.number().nullable(), z.number().nullable()]).nullable();

/** A variance-based (Sobol) sensitivity analysis of the mean absolute rank shift (core's runSensitivity). */
export const sensitivitySchema = z
  .object({
    provenance: provenanceSchema,
    seed: z.union([z.number(), z.string()]),
    samples: z.number().int(),
    evaluations: z.number().int(),
    meanShift: z.number().nullable(),
    variance: z.number().nullable(),
    rows: z.array(
      z
        .object({
          input: uncertainInputSchema,
          first: z.number().nullable(),
          total: z.number().nullable(),
          firstInterval: interval,
          totalInterval: interval,
        })
        .openapi('SensitivityRow'),
    ),
    failed: failuresSchema.extend({ droppedSamples: z.number().int() }),
  })
  .openapi('Sensitivity');
