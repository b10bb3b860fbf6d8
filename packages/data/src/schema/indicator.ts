import { z } from 'zod';
import { directionSchema } from './framework-node.ts';
import { kebabIdSchema } from './ids.ts';

/**
 * An indicator of the edition: its pillar, relative weight within the pillar, the source the
 * report's appendix names, what it measures (in our words), its Chinese name and every name the
 * report prints for it.
 */
export const indicatorSchema = z.object({
  id: kebabIdSchema,
  name: z.string().min(1),
  nameZh: z.string().min(1),
  printedNames: z.array(z.string().min(1)).min(1),
  pillar: kebabIdSchema,
  weight: z.number().positive(),
  source: z.string().min(1),
  measures: z.string().min(1),
  direction: directionSchema,
});

export type Indicator = z.infer<typeof indicatorSchema>;
