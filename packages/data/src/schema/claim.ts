import { z } from 'zod';
import { tierSchema } from './published.ts';
import { kebabIdSchema } from './ids.ts';
import { reportPlaceSchema } from './report-place.ts';
import { bilingualSchema } from './source.ts';

const rank = z.number().int().positive();

/** What every claim carries: an id, its place in the report, an erratum when the report misprints it, and our reading when we had to interpret. */
const base = {
  id: kebabIdSchema,
  place: reportPlaceSchema,
  erratum: z.string().min(1).optional(),
  reading: bilingualSchema.optional(),
};

/**
 * A quantitative statement of the report, in a small typed language the engine can check under
 * any scenario. `ranking` is a node of the framework (`index`, a pillar or an indicator) or
 * `reputation`; `group` is a city group id (`developing`, `europe`, …).
 */
export const claimSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('rank'), city: kebabIdSchema, ranking: kebabIdSchema, rank }),
  z.object({
    ...base,
    kind: z.literal('rank-range'),
    cities: z.array(kebabIdSchema).min(1),
    ranking: kebabIdSchema,
    from: rank,
    to: rank,
  }),
  z.object({ ...base, kind: z.literal('leader'), city: kebabIdSchema, ranking: kebabIdSchema }),
  z.object({ ...base, kind: z.literal('above'), a: kebabIdSchema, b: kebabIdSchema, ranking: kebabIdSchema }),
  z.object({ ...base, kind: z.literal('tier'), cities: z.array(kebabIdSchema).min(1), tier: tierSchema }),
  z.object({
    ...base,
    kind: z.literal('tier-count'),
    tier: tierSchema,
    count: z.number().int().nonnegative(),
  }),
  z.object({
    ...base,
    kind: z.literal('group-leader'),
    group: kebabIdSchema,
    city: kebabIdSchema,
    ranking: kebabIdSchema,
  }),
  z.object({
    ...base,
    kind: z.literal('group-top'),
    group: kebabIdSchema,
    n: rank,
    ranking: kebabIdSchema,
  }),
  z.object({
    ...base,
    kind: z.literal('group-median-above'),
    group: kebabIdSchema,
    than: kebabIdSchema,
    ranking: kebabIdSchema,
  }),
  z.object({
    ...base,
    kind: z.literal('reputation-gap'),
    city: kebabIdSchema,
    extreme: z.enum(['largest', 'smallest']),
  }),
]);

export type Claim = z.infer<typeof claimSchema>;
export type ClaimKind = Claim['kind'];
