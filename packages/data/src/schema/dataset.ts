import { z } from 'zod';
import { frameworkNodeSchema } from './framework-node.ts';
import { unitSchema } from './unit.ts';

/** Which dataset a result came from: edition id, data version and a content hash. */
export const editionRefSchema = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  hash: z.string().min(1),
});

/** A cell value: a finite number, or null for a missing value (an empty cell). */
export const cellSchema = z.number().finite().nullable();

/**
 * Everything the engine needs to compute an index: the units, the framework (flat node list)
 * and the indicator values per unit (`values[unitId][indicatorId]`, null when missing).
 */
export const datasetSchema = z.object({
  edition: editionRefSchema,
  units: z.array(unitSchema).min(1),
  framework: z.array(frameworkNodeSchema).min(2),
  values: z.record(z.string(), z.record(z.string(), cellSchema)),
});

export type EditionRef = z.infer<typeof editionRefSchema>;
export type Cell = z.infer<typeof cellSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;
