import { z } from '@hono/zod-openapi';

/** One published cell checked against the engine (core's VerifiedCell). */
export const verifiedCellSchema = z
  .object({
    table: z.string(),
    row: z.number().int(),
    column: z.string(),
    city: z.string().optional(),
    printed: z.union([z.number(), z.string()]),
    computed: z.union([z.number(), z.string()]),
    difference: z.number().nullable(),
    status: z.enum(['pass', 'explained', 'fail']),
    erratum: z.string().optional(),
  })
  .openapi('VerifiedCell');

/** The replication report: every published cell recomputed and compared (core's verify). */
export const verificationSchema = z
  .object({
    edition: z.string(),
    cells: z.number().int(),
    passed: z.number().int(),
    explained: z.number().int(),
    failed: z.number().int(),
    rows: z.array(verifiedCellSchema),
  })
  .openapi('Verification');
