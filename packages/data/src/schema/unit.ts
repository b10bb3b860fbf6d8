import { z } from 'zod';

/** A unit being ranked (a city in the 2020 edition), with optional group and free metadata. */
export const unitSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  group: z.string().min(1).optional(),
  meta: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).optional(),
});

export type Unit = z.infer<typeof unitSchema>;
