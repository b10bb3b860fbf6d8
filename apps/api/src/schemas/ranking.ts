import { z } from '@hono/zod-openapi';
import { tierNames } from '@smartcities/core';
import { dataLogSchema } from './data-log.ts';
import { provenanceSchema } from './provenance.ts';

/** A tier name of the index (leading, advanced, following). */
export const tierSchema = z.enum(tierNames).openapi('Tier');

/**
 * A tier, or null (unscored). Spelt as a union: `.nullable()` on a named schema comes out as a
 * bare `$ref` (or an `allOf` with it) in the OpenAPI document, which refuses the null it allows.
 */
export const tierOrNull = z.union([tierSchema, z.null()]);

const nullableNumber = z.number().nullable();

/** A figure whose recomputed digits differ from print, and why (core's PublishedNote). */
export const publishedNoteSchema = z
  .object({
    field: z.string(),
    published: z.union([z.number(), z.string()]),
    computed: z.union([z.number(), z.string()]),
    status: z.enum(['rounding', 'erratum', 'failed']),
    bound: z.number().nullable(),
    erratum: z.string().optional(),
  })
  .openapi('PublishedNote');

/** What the report prints for a row, under the report's method only (core's PrintedRow). */
export const printedRowSchema = z
  .object({
    score: z.number(),
    rank: z.number(),
    tier: z.string().optional(),
    pillars: z.record(z.string(), z.number()).optional(),
    notes: z.array(publishedNoteSchema),
  })
  .openapi('PrintedRow');

/** What the report prints for one city (core's PublishedFigures). */
export const publishedFiguresSchema = z
  .object({
    score: z.number(),
    rank: z.number(),
    tier: z.string(),
    pillars: z.record(z.string(), z.number()),
    pillarRanks: z.record(z.string(), z.number()),
    notes: z.array(publishedNoteSchema),
  })
  .openapi('PublishedFigures');

/** One row of a ranking: the shape of core's rankingRows, as the CLI's `rank --format json` prints it. */
export const rankingRowSchema = z
  .object({
    rank: nullableNumber,
    city: z.string(),
    name: z.string(),
    score: nullableNumber,
    tier: tierOrNull,
    change: nullableNumber.optional(),
    groupRank: nullableNumber.optional(),
    pillars: z.record(z.string(), z.object({ score: nullableNumber, rank: nullableNumber })),
    published: printedRowSchema.optional(),
  })
  .openapi('RankingRow');

/** A ranking with its provenance. */
export const rankingSchema = z
  .object({ provenance: provenanceSchema, rows: z.array(rankingRowSchema), data: dataLogSchema.optional() })
  .openapi('Ranking');
