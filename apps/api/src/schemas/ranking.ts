import { z } from '@hono/zod-openapi';
import { tierNames } from '@smartcities/core';
import { provenanceSchema } from './provenance.ts';

/** A tier name of the index (leading, advanced, following). */
export const tierSchema = z.enum(tierNames).openapi('Tier');

/**
 * A tier, or null (unscored). Spelt as a union: `.nullable()` on a named schema comes out as a
 * bare `$ref` (or an `allOf` with it) in the OpenAPI document, which refuses the null it allows.
 */
export const tierOrNull = z.union([tierSchema, z.null()]);

const nullableNumber = z.number().nullable();

/** One row of a ranking: the shape of core's rankingRows, as the CLI's `rank --format json` prints it. */
export const rankingRowSchema = z
  .object({
    rank: nullableNumber,
    city: z.string(),
    name: z.string(),
    score: nullableNumber,
    tier: tierOrNull,
    change: nullableNumber.optional(),
    pillars: z.record(z.string(), z.object({ score: nullableNumber, rank: nullableNumber })),
  })
  .openapi('RankingRow');

/** A ranking with its provenance. */
export const rankingSchema = z
  .object({ provenance: provenanceSchema, rows: z.array(rankingRowSchema) })
  .openapi('Ranking');
