import { z } from '@hono/zod-openapi';
import { indicatorNoteSchema } from '@smartcities/data/schema';

const nullableNumber = z.number().nullable();

/** One city on an indicator: the value as in the data, the score the index uses, and the rank. */
export const indicatorRowSchema = z
  .object({
    city: z.string(),
    name: z.string(),
    value: nullableNumber,
    score: nullableNumber,
    rank: nullableNumber,
  })
  .openapi('IndicatorRow');

/** Pearson correlation of an indicator with an aggregate, its two-sided p-value and the pairs used. */
export const indicatorCorrelationSchema = z
  .object({ with: z.string(), r: nullableNumber, p: nullableNumber, n: z.number().int() })
  .openapi('IndicatorCorrelation');

/** core's indicatorProfile: the indicator, its note (definition, sources, caveats with places), ranking and correlations. */
export const indicatorProfileSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    pillar: z.string(),
    direction: z.union([z.literal(1), z.literal(-1)]),
    weight: z.number(),
    effectiveWeight: nullableNumber,
    note: z.object(indicatorNoteSchema.shape).openapi('IndicatorNote').nullable(),
    median: nullableNumber,
    min: nullableNumber,
    max: nullableNumber,
    rows: z.array(indicatorRowSchema),
    correlations: z
      .object({ pillar: indicatorCorrelationSchema, index: indicatorCorrelationSchema })
      .nullable(),
  })
  .openapi('IndicatorProfile');
