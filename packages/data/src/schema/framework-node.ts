import { z } from 'zod';

/** Whether a node is a raw indicator or an aggregate of its children (the index is the aggregate without parent). */
export const nodeTypeSchema = z.enum(['indicator', 'aggregate']);

/** +1 when more is better, -1 when less is better. */
export const directionSchema = z.union([z.literal(1), z.literal(-1)]);

/**
 * One node of a framework, stored flat with a parent pointer (like COINr's iMeta) so that a
 * framework of any depth fits: the index, its pillars (or deeper aggregates) and the indicators.
 */
export const frameworkNodeSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  type: nodeTypeSchema,
  parent: z.string().min(1).nullable(),
  weight: z.number().positive(),
  direction: directionSchema.default(1),
  meta: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).optional(),
});

export type FrameworkNode = z.infer<typeof frameworkNodeSchema>;
export type FrameworkNodeInput = z.input<typeof frameworkNodeSchema>;
export type Direction = z.infer<typeof directionSchema>;
