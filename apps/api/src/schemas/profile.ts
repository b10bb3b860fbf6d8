import { z } from '@hono/zod-openapi';
import { tierOrNull } from './ranking.ts';

const nullableNumber = z.number().nullable();

/** One node of a city's profile: its score and rank beside the median and the leader. */
export const profileNodeSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: z.enum(['indicator', 'aggregate']),
    parent: z.string().nullable(),
    value: nullableNumber,
    score: nullableNumber,
    rank: nullableNumber,
    median: nullableNumber,
    leader: nullableNumber,
    vsMedian: nullableNumber,
  })
  .openapi('ProfileNode');

/** A city's scores and ranks at every level (core's profile), with its strongest and weakest indicators. */
export const profileSchema = z
  .object({
    city: z.string(),
    name: z.string(),
    score: nullableNumber,
    rank: nullableNumber,
    tier: tierOrNull,
    nodes: z.array(profileNodeSchema),
    strengths: z.array(profileNodeSchema),
    weaknesses: z.array(profileNodeSchema),
  })
  .openapi('Profile');
