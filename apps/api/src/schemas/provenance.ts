import { z } from '@hono/zod-openapi';

/** Where a result came from: dataset edition, version and hash, scenario hash, engine version. */
export const provenanceSchema = z
  .object({
    edition: z.string(),
    dataVersion: z.string(),
    dataHash: z.string(),
    scenarioHash: z.string(),
    engineVersion: z.string(),
  })
  .openapi('Provenance');
