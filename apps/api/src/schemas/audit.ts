import { z } from '@hono/zod-openapi';
import { provenanceSchema } from './provenance.ts';
import { dataLogSchema } from './levels.ts';

const n = z.number().nullable();
const pair = z.object({ pearson: z.object({ r: n, p: n }), spearman: z.object({ r: n, p: n }) });
const pairMatrix = z.object({ ids: z.array(z.string()), pairs: z.array(z.array(pair)) });
const interval = z.tuple([n, n]).nullable();
const indicatorRank = z.object({ indicator: z.string(), rank: z.number() });
const section = <T extends z.ZodRawShape>(shape: T) => z.object({ lookFor: z.string(), ...shape });

/** The statistical audit of an index (core's `audit`): data, structure, robustness, units. */
export const auditSchema = z
  .object({
    provenance: provenanceSchema,
    scenario: z.record(z.string(), z.unknown()),
    title: z.string(),
    units: z.array(z.object({ id: z.string(), name: z.string() })),
    nodes: z.array(z.object({ id: z.string(), name: z.string(), type: z.enum(['indicator', 'aggregate']) })),
    options: z.object({
      runs: z.number().int(),
      samples: z.number().int(),
      bootstrap: z.number().int(),
      seed: z.union([z.number(), z.string()]),
      weightNoise: z.number(),
    }),
    data: section({
      units: z.array(z.object({ unit: z.string(), availability: z.number() })),
      indicators: z.array(
        z.object({
          indicator: z.string(),
          availability: z.number(),
          imputed: z.number().int(),
          skewness: n,
          kurtosis: n,
          skewnessAfter: n,
          kurtosisAfter: n,
          action: z.enum(['none', 'winsorised', 'log']),
        }),
      ),
      screened: dataLogSchema.shape.screened,
      imputed: dataLogSchema.shape.imputed,
      treated: dataLogSchema.shape.treated,
    }),
    structure: section({
      pillars: z.array(
        z.object({
          node: z.string(),
          correlations: pairMatrix,
          alpha: n,
          pc1: z.object({ explained: n, loadings: z.array(z.object({ id: z.string(), loading: n })) }),
        }),
      ),
      indicators: z.array(
        z.object({ indicator: z.string(), pillar: z.string(), withPillar: pair, withIndex: pair }),
      ),
      betweenPillars: pairMatrix,
      heatmap: z.object({ ids: z.array(z.string()), r: z.array(z.array(n)) }),
      effectiveWeights: z.array(z.object({ indicator: z.string(), nominal: z.number(), r2Share: n })),
    }),
    robustness: section({
      seed: z.union([z.number(), z.string()]),
      weightNoise: z.number(),
      uncertainty: z.object({
        runs: z.number().int(),
        failed: z.number().int(),
        rows: z.array(
          z.object({
            city: z.string(),
            nominal: n,
            mean: n,
            median: n,
            q05: n,
            q95: n,
            tiers: z.object({ leading: z.number(), advanced: z.number(), following: z.number() }),
          }),
        ),
      }),
      sensitivity: z.object({
        samples: z.number().int(),
        bootstrap: z.number().int(),
        rows: z.array(
          z.object({
            input: z.string(),
            first: n,
            total: n,
            firstInterval: interval,
            totalInterval: interval,
          }),
        ),
      }),
      removeOne: z.array(
        z.object({
          node: z.string(),
          type: z.enum(['indicator', 'aggregate']),
          meanAbsoluteChange: n,
          maxAbsoluteChange: n,
        }),
      ),
    }),
    perUnit: section({
      rows: z.array(
        z.object({
          unit: z.string(),
          rank: n,
          strengths: z.array(indicatorRank),
          weaknesses: z.array(indicatorRank),
        }),
      ),
    }),
  })
  .openapi('Audit');
