import { z } from '@hono/zod-openapi';

/** One printed cell checked against the engine (core's VerifiedCell). */
export const verifiedCellSchema = z
  .object({
    table: z.string(),
    row: z.number().int(),
    column: z.string(),
    city: z.string().optional(),
    published: z.union([z.number(), z.string()]),
    computed: z.union([z.number(), z.string()]).openapi({
      description: "The engine's value, rounded half up as the report rounds that cell",
    }),
    unrounded: z.number().optional().openapi({ description: "The engine's value before rounding (scores)" }),
    bound: z.number().nullable().openapi({
      description:
        'How far the rounding of the one-decimal inputs can move this cell (from its weights and the rescaling); 0 for inputs, counts and ranks, null for names and prose',
    }),
    status: z.enum(['exact', 'rounding', 'erratum', 'failed']),
    erratum: z.string().optional(),
  })
  .openapi('VerifiedCell');

/** How many cells got each status. */
export const statusCountsSchema = z
  .object({
    cells: z.number().int(),
    exact: z.number().int(),
    rounding: z.number().int(),
    erratum: z.number().int(),
    failed: z.number().int(),
  })
  .openapi('StatusCounts');

/** The replication report: every printed number once, with names and prose claims apart (core's verify). */
export const verificationSchema = z
  .object({
    edition: z.string(),
    summary: statusCountsSchema,
    rows: z.array(verifiedCellSchema),
    other: z.object({ summary: statusCountsSchema, rows: z.array(verifiedCellSchema) }),
  })
  .openapi('Verification');
