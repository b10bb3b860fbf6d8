import { z } from '@hono/zod-openapi';
import { imputationMethods, treatmentMethods } from '@smartcities/core';

const nullableNumber = z.number().nullable();
const moments = z.object({ skewness: nullableNumber, kurtosis: nullableNumber });

/** What the scenario's data steps did: units left out, imputed and treated cells, a report per indicator. */
export const dataLogSchema = z
  .object({
    steps: z.object({
      impute: z.enum(imputationMethods),
      imputeGroup: z.string().optional(),
      minAvailability: z.number().optional(),
      treat: z.enum(treatmentMethods),
    }),
    screened: z.array(z.object({ unit: z.string(), availability: z.number() })),
    imputed: z.array(
      z.object({ unit: z.string(), indicator: z.string(), value: z.number(), from: z.string() }),
    ),
    treated: z.array(
      z.object({
        unit: z.string(),
        indicator: z.string(),
        from: z.number(),
        value: z.number(),
        how: z.enum(['winsorised', 'log']),
      }),
    ),
    treatment: z.array(
      z.object({
        indicator: z.string(),
        before: moments,
        after: moments,
        action: z.enum(['none', 'winsorised', 'log']),
        winsorised: z.number().int(),
        passes: z.boolean(),
      }),
    ),
  })
  .openapi('DataLog');
