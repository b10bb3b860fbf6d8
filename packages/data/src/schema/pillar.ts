import { z } from 'zod';
import { kebabIdSchema } from './ids.ts';

/**
 * A pillar (sub-index) of the edition's framework; a reference index such as smart reputation has
 * `inTotal: false` and weight 0, every pillar in the total has a positive relative weight.
 */
export const pillarSchema = z
  .object({
    id: kebabIdSchema,
    name: z.string().min(1),
    nameZh: z.string().min(1),
    description: z.string().min(1),
    weight: z.number().nonnegative(),
    inTotal: z.boolean(),
  })
  .refine((pillar) => pillar.inTotal === pillar.weight > 0, {
    message: 'a pillar in the total needs a positive weight, a reference index weight 0',
    path: ['weight'],
  });

export type Pillar = z.infer<typeof pillarSchema>;
