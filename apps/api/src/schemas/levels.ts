import { z } from '@hono/zod-openapi';
import { rankingRowSchema } from './ranking.ts';

const nullableNumber = z.number().nullable();

/** A ranking row with every level: `nodes` (score and rank of every aggregate and normalised indicator) and the data-step `flags`. */
export const levelRowSchema = rankingRowSchema
  .extend({
    nodes: z.record(z.string(), z.object({ score: nullableNumber, rank: nullableNumber })).optional(),
    flags: z.record(z.string(), z.string()).optional(),
  })
  .openapi('LevelRow');

export { dataLogSchema } from './data-log.ts';
